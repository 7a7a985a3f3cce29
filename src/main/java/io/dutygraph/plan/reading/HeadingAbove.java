package io.dutygraph.plan.reading;

import io.dutygraph.plan.SourceLocation;
import io.dutygraph.plan.reading.PlanRecord.Heading;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A heading just above a table's header row ({@code 二、李丹常委、常务副区长牵头重点工作}) opens the table: its chapter
 * and the officials it names belong to the rows below. The same rule for every file type: the lines of a text, the
 * paragraphs of a .docx or page before the table, the rows of a sheet above the header row.
 */
final class HeadingAbove {

    /** How many non-blank lines above the header are looked at: a heading, and a line of prose under it at most. */
    private static final int LINES_LOOKED_AT = 2;

    /** A line above the table and where it is written. */
    record Line(String text, SourceLocation location) {
    }

    /**
     * The heading and its index in the lines.
     *
     * @param index 0-based index of the heading's line in the lines given
     */
    record Found(Heading heading, int index) {
    }

    private HeadingAbove() {
    }

    /** The heading among the last non-blank lines before the table, the nearest one first. */
    static Optional<Found> find(List<Line> linesBefore) {
        for (int i = linesBefore.size() - 1, seen = 0; i >= 0 && seen < LINES_LOOKED_AT; i--) {
            Line line = linesBefore.get(i);
            if (line.text().isBlank()) {
                continue;
            }
            seen++;
            Optional<Heading> heading = Headings.of(line.text().strip(), line.location());
            if (heading.isPresent()) {
                return Optional.of(new Found(heading.get(), i));
            }
        }
        return Optional.empty();
    }

    /** The records of a table opened by the heading above it, when there is one. */
    static List<PlanRecord> opening(Optional<Found> found, List<PlanRecord> records) {
        if (found.isEmpty()) {
            return records;
        }
        List<PlanRecord> opened = new ArrayList<>();
        opened.add(found.get().heading());
        opened.addAll(records);
        return opened;
    }
}
