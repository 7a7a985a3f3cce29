package io.dutygraph.plan.reading;

import io.dutygraph.plan.Names;
import io.dutygraph.plan.SourceLocation;
import io.dutygraph.plan.reading.Grid.Cell;
import io.dutygraph.plan.reading.Grid.Row;
import io.dutygraph.plan.reading.Grid.Span;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Tables written one row per line with single spaces between cells ({@code 1 地区生产总值增长6.5%左右。 区发改委 …}),
 * where a cell of several units spills onto the following lines: a following line ending in {@code 。} or listing
 * several units continues the last column, any other continues the one before it (one more lead unit).
 */
final class SpacedRows {

    private SpacedRows() {
    }

    /** The 0-based line of a header such as {@code 序号 重点工作任务 主要责任单位 协同配合单位}. */
    static Optional<Integer> header(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            List<Column> columns = Arrays.stream(Names.fold(lines.get(i)).strip().split(" +")).map(Column::of).toList();
            if (columns.size() >= 3 && columns.get(0) == Column.NUMBER && columns.contains(Column.TASK)
                    && columns.stream().noneMatch(c -> c == Column.OTHER)) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }

    static Grid grid(String source, List<String> lines, int headerLine) {
        String[] header = Names.fold(lines.get(headerLine)).strip().split(" +");
        int columns = header.length;
        List<Row> rows = new ArrayList<>();
        rows.add(row(source, headerLine, List.of(header)));
        List<String> current = null;
        int currentLine = -1;
        for (int i = headerLine + 1; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty()) {
                continue;
            }
            String[] tokens = line.split(" +");
            if (tokens[0].matches("\\d{1,4}") && tokens.length >= 3) {
                addRow(rows, source, currentLine, current);
                current = cells(tokens, columns);
                currentLine = i;
            } else if (current == null || TextGrids.isHeadingLine(line)) {
                addRow(rows, source, currentLine, current);
                current = null;
                rows.add(row(source, i, List.of(line)));
            } else {
                continueRow(current, line, columns);
            }
        }
        addRow(rows, source, currentLine, current);
        return new Grid(source, "text", withoutCutOffCell(rows, columns));
    }

    /** Number, text (which may hold spaces) and the unit cells at the end of the line. */
    private static List<String> cells(String[] tokens, int columns) {
        int trailing = Math.min(columns - 2, tokens.length - 2);
        List<String> cells = new ArrayList<>();
        cells.add(tokens[0]);
        cells.add(String.join(" ", Arrays.copyOfRange(tokens, 1, tokens.length - trailing)));
        cells.addAll(Arrays.asList(tokens).subList(tokens.length - trailing, tokens.length));
        return cells;
    }

    /**
     * Where every full row's last cell ends with 。 but the document's last row's does not, the document was cut
     * off inside that cell: it is dropped, so the row reads as incomplete.
     */
    private static List<Row> withoutCutOffCell(List<Row> rows, int columns) {
        List<Row> full = rows.stream().skip(1).filter(row -> row.cells().size() == columns).toList();
        if (full.size() < 2) {
            return rows;
        }
        Row last = rows.get(rows.size() - 1);
        boolean othersClosed = full.subList(0, full.size() - 1).stream()
                .allMatch(row -> row.cells().get(columns - 1).text().endsWith("。"));
        if (last == full.get(full.size() - 1) && othersClosed && !last.cells().get(columns - 1).text().endsWith("。")) {
            List<Row> trimmed = new ArrayList<>(rows.subList(0, rows.size() - 1));
            trimmed.add(new Row(last.location(), last.cells().subList(0, columns - 1)));
            return trimmed;
        }
        return rows;
    }

    private static void continueRow(List<String> row, String line, int columns) {
        boolean lastColumn = line.endsWith("。") || line.contains(",") || line.contains("，");
        if (lastColumn && row.size() < columns) {
            row.add(line);
        } else if (lastColumn) {
            row.set(row.size() - 1, row.get(row.size() - 1) + "、" + line);
        } else {
            int lead = Math.min(row.size(), columns - 1) - 1;
            row.set(lead, row.get(lead) + "、" + line);
        }
    }

    private static void addRow(List<Row> rows, String source, int line, List<String> cells) {
        if (cells != null) {
            rows.add(row(source, line, cells));
        }
    }

    private static Row row(String source, int line, List<String> texts) {
        SourceLocation location = SourceLocation.line(source, line + 1);
        return new Row(location, texts.stream().map(text -> new Cell(text, Span.OWN, location)).toList());
    }
}
