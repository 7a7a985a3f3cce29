package io.dutygraph.plan.reading;

import io.dutygraph.plan.Chapter;
import io.dutygraph.plan.Names;
import io.dutygraph.plan.ParsedTask;
import io.dutygraph.plan.Section;
import io.dutygraph.plan.reading.TableToken.Cell;

/**
 * A section while its rows are read: a name split over several rows grows as its pieces turn up, so tasks
 * take their section's name only once the table is read ({@link TaskInSection}).
 */
final class SectionBuilder {

    final Chapter chapter;
    final int position;
    final Integer number;
    final int line;
    private final StringBuilder name = new StringBuilder();

    SectionBuilder(Chapter chapter, int position, Integer number, int line) {
        this.chapter = chapter;
        this.position = position;
        this.number = number;
        this.line = line;
    }

    void appendNamePiece(Cell cell) {
        name.append(Names.withoutSpaces(String.join("", cell.lines())));
    }

    String name() {
        return name.isEmpty() ? null : name.toString();
    }

    Section build() {
        return new Section(chapter.numeral(), chapter.ordinal(), position, number, name(), line);
    }

    /** A task whose section name may still grow: split names are re-joined after the rows they span. */
    record TaskInSection(ParsedTask task, SectionBuilder section) {

        ParsedTask withSectionName() {
            return new ParsedTask(task.number(), task.chapter(), task.chapterOrdinal(), task.sectionPosition(),
                    task.sectionNumber(), section.name(), task.text(), task.line(), task.leaders(),
                    task.leaderSource(), task.leaderLine(), task.units(), task.unitsLine(), task.location(),
                    task.unitsLocation());
        }
    }
}
