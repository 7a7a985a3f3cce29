package io.dutygraph.plan.reading;

import io.dutygraph.plan.SourceLocation;
import io.dutygraph.plan.reading.Grid.Cell;
import io.dutygraph.plan.reading.Grid.Row;
import io.dutygraph.plan.reading.Grid.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * Tables written as text, turned into grids from the header row on:
 * <ul>
 * <li>rows on one line each, cells separated by {@code |} ({@code 1 | 地区生产总值 | … |});</li>
 * <li>one cell per line, each ending {@code |} or separated by blank lines, rows of as many cells as the header.</li>
 * </ul>
 * Lines that are not cells (headings between rows, notes) become one-cell rows; the grid reader decides.
 */
final class TextGrids {

    private TextGrids() {
    }

    /** One row per line with {@code |} between cells; {@code headerLine} is the 0-based index of the header row. */
    static Grid pipeRows(String source, List<String> lines, int headerLine) {
        List<Row> rows = new ArrayList<>();
        int columns = -1;
        boolean rowsEndWithPipe = lines.get(headerLine).strip().endsWith("|");
        boolean previousEnded = true;
        for (int i = headerLine; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty()) {
                continue;
            }
            List<Cell> cells = pipeCells(source, line, i);
            columns = columns < 0 ? cells.size() : columns;
            Row previous = rows.size() > 1 ? rows.get(rows.size() - 1) : null;
            boolean startsRow = cells.get(0).text().matches("[(]?\\d{1,4}[).、]?") || Headings.of(line, null).isPresent();
            boolean wrapped = rowsEndWithPipe ? !previousEnded : previous != null && previous.cells().size() < columns;
            if (previous != null && wrapped && !startsRow) {
                rows.set(rows.size() - 1, continued(previous, cells));
            } else {
                rows.add(new Row(SourceLocation.line(source, i + 1), cells));
            }
            previousEnded = line.endsWith("|");
        }
        return new Grid(source, "text", rows);
    }

    private static List<Cell> pipeCells(String source, String line, int index) {
        String body = line.endsWith("|") ? line.substring(0, line.length() - 1) : line;
        List<Cell> cells = new ArrayList<>();
        for (String text : body.split("\\|", -1)) {
            cells.add(new Cell(text.strip(), Span.OWN, SourceLocation.line(source, index + 1)));
        }
        return cells;
    }

    /** A row wrapped onto the next line: the line's first piece continues the row's last cell. */
    private static Row continued(Row row, List<Cell> more) {
        List<Cell> cells = new ArrayList<>(row.cells());
        Cell last = cells.remove(cells.size() - 1);
        cells.add(new Cell(last.text() + more.get(0).text(), Span.OWN, last.location()));
        cells.addAll(more.subList(1, more.size()));
        return new Row(row.location(), cells);
    }

    /**
     * One cell per line from {@code headerLine} on, {@code columns} cells a row. A row starts at a line holding only a
     * number; a line that starts no row and holds no cell of the row (a heading such as {@code 一、…}) is a row of
     * its own. With {@code blankSeparated}, cells are separated by one blank line and two blank lines mean an empty
     * cell; otherwise each cell line ends with {@code |}.
     */
    static Grid cellLines(String source, List<String> lines, int headerLine, int columns, boolean blankSeparated) {
        List<Cell> cells = cellsOf(source, lines, headerLine, blankSeparated);
        int headerCells = 0;
        while (headerCells < cells.size() && !cells.get(headerCells).text().matches("\\d{1,4}")
                && !isHeadingLine(cells.get(headerCells).text())) {
            headerCells++;
        }
        List<Row> rows = new ArrayList<>();
        rows.add(new Row(cells.get(0).location(), headerRow(cells.subList(0, headerCells))));
        List<Cell> current = new ArrayList<>();
        int nextNumber = 1;
        for (Cell cell : cells.subList(headerCells, cells.size())) {
            boolean startsRow = cell.text().equals(String.valueOf(nextNumber)) || current.isEmpty()
                    && cell.text().matches("\\d{1,4}");
            if (startsRow || current.size() == columns) {
                flush(rows, current);
            }
            if (startsRow) {
                nextNumber = Integer.parseInt(cell.text()) + 1;
            } else if (current.isEmpty() && isHeadingLine(cell.text())) {
                rows.add(new Row(cell.location(), List.of(cell)));
                continue;
            }
            current.add(cell);
        }
        flush(rows, current);
        return new Grid(source, "text", rows);
    }

    /** Header cells, adjacent words no column knows joined into one ({@code 区本级} + {@code 任务数}). */
    private static List<Cell> headerRow(List<Cell> cells) {
        List<Cell> header = new ArrayList<>();
        for (Cell cell : cells) {
            int last = header.size() - 1;
            if (last >= 0 && Column.continuesHeader(header.get(last).text(), cell.text())) {
                header.set(last, new Cell(header.get(last).text() + cell.text(), Span.OWN, header.get(last).location()));
            } else {
                header.add(cell);
            }
        }
        return header;
    }

    static boolean isHeadingLine(String text) {
        return text.matches("^[一二三四五六七八九十]+、.*") || text.matches("^[(（][一二三四五六七八九十]+[)）].*");
    }

    private static void flush(List<Row> rows, List<Cell> current) {
        if (!current.isEmpty()) {
            rows.add(new Row(current.get(0).location(), List.copyOf(current)));
            current.clear();
        }
    }

    private static List<Cell> cellsOf(String source, List<String> lines, int headerLine, boolean blankSeparated) {
        List<Cell> cells = new ArrayList<>();
        int blankRun = 0;
        for (int i = headerLine; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            SourceLocation location = SourceLocation.line(source, i + 1);
            if (line.isEmpty()) {
                blankRun++;
                if (blankSeparated && blankRun == 2) {
                    cells.add(new Cell("", Span.OWN, location));
                }
                continue;
            }
            String text = line.endsWith("|") ? line.substring(0, line.length() - 1).strip() : line;
            int last = cells.size() - 1;
            if (blankSeparated && blankRun == 0 && last >= 0 && !cells.get(last).text().isEmpty()) {
                // A cell spilling over several lines: lines without a blank between belong together.
                Cell previous = cells.get(last);
                cells.set(last, new Cell(previous.text() + "\n" + text, Span.OWN, previous.location()));
            } else {
                cells.add(new Cell(text, Span.OWN, location));
            }
            blankRun = 0;
        }
        return cells;
    }
}
