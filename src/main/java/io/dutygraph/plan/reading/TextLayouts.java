package io.dutygraph.plan.reading;

import io.dutygraph.plan.Diagnostic;
import io.dutygraph.plan.Names;
import io.dutygraph.plan.PlanParseException;
import io.dutygraph.plan.SourceLocation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Tells the layout of a plan written as text from its content, and reads its records. The layout is the first
 * whose sign appears: a header row of known words (with {@code |} between them, one per line, or spaced), or task
 * paragraphs closed by bracketed labels, or followed by labelled lines.
 */
final class TextLayouts {

    /** The records a layout gave and where the table starts (metadata is read from the lines before it). */
    record Reading(Layout layout, int tableStartLine, List<PlanRecord> records) {
    }

    private TextLayouts() {
    }

    static Reading read(String source, List<String> lines, Optional<Layout> forced, Consumer<Diagnostic> diagnostics) {
        for (Layout layout : List.of(Layout.PIPE_ROWS, Layout.CELL_LINES, Layout.SPACED_ROWS, Layout.BRACKET_LABELS,
                Layout.LABEL_LINES)) {
            if (forced.isPresent() && forced.get() != layout) {
                continue;
            }
            Optional<Reading> reading = tryLayout(layout, source, lines, diagnostics);
            if (reading.isPresent()) {
                return withHeadingAbove(reading.get(), source, lines);
            }
        }
        throw new PlanParseException(source, 1, forced.map(layout -> "the document is not in the " + layout + " layout")
                .orElse("no task table found: no header row (序号, 重点工作, 牵头单位, 责任单位 …), no tasks with "
                        + "bracketed labels ([牵头单位:…]) and no labelled lines (牵头责任单位:…); is this a "
                        + "task-decomposition plan?"));
    }

    private static Optional<Reading> tryLayout(Layout layout, String source, List<String> lines,
            Consumer<Diagnostic> diagnostics) {
        return switch (layout) {
            case PIPE_ROWS -> pipeHeader(lines).map(header -> new Reading(layout, header,
                    new GridReader(diagnostics).read(TextGrids.pipeRows(source, lines, header))));
            case CELL_LINES -> CellLineHeader.find(lines).map(header -> new Reading(layout, header.line(),
                    new GridReader(diagnostics).read(TextGrids.cellLines(source, lines, header.line(), header.columns(),
                            header.blankSeparated()))));
            case SPACED_ROWS -> SpacedRows.header(lines).map(header -> new Reading(layout, header,
                    new GridReader(diagnostics).read(SpacedRows.grid(source, lines, header))));
            case BRACKET_LABELS -> LabelledTasks.bracketed(source, lines, diagnostics);
            case LABEL_LINES -> LabelledTasks.labelLines(source, lines, diagnostics);
            default -> Optional.empty();
        };
    }

    /** A heading just above the table's header row opens the table (see {@link HeadingAbove}). */
    private static Reading withHeadingAbove(Reading reading, String source, List<String> lines) {
        if (!reading.records().isEmpty() && reading.records().get(0).location().line() <= reading.tableStartLine()) {
            return reading;
        }
        List<HeadingAbove.Line> before = new ArrayList<>();
        for (int i = 0; i < reading.tableStartLine(); i++) {
            before.add(new HeadingAbove.Line(lines.get(i), SourceLocation.line(source, i + 1)));
        }
        Optional<HeadingAbove.Found> heading = HeadingAbove.find(before);
        return heading.map(found -> new Reading(reading.layout(), found.index(),
                HeadingAbove.opening(heading, reading.records()))).orElse(reading);
    }

    private static Optional<Integer> pipeHeader(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            String line = Names.fold(lines.get(i));
            if (line.indexOf('|') > 0 && line.indexOf('|') < line.length() - 1) {
                List<Column> columns = Arrays.stream(line.split("\\|")).map(Column::of).toList();
                if (columns.contains(Column.TASK) && columns.stream().filter(c -> c != Column.OTHER).count() >= 2) {
                    return Optional.of(i);
                }
            }
        }
        return Optional.empty();
    }
}
