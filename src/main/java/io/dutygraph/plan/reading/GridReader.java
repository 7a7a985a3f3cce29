package io.dutygraph.plan.reading;

import io.dutygraph.plan.Diagnostic;
import io.dutygraph.plan.DiagnosticCode;
import io.dutygraph.plan.Names;
import io.dutygraph.plan.PlanParseException;
import io.dutygraph.plan.SourceLocation;
import io.dutygraph.plan.reading.Grid.Cell;
import io.dutygraph.plan.reading.Grid.Row;
import io.dutygraph.plan.reading.Grid.Span;
import io.dutygraph.plan.reading.PlanRecord.LeaderCell;
import io.dutygraph.plan.reading.PlanRecord.Task;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the records of a table of any origin (text, workbook, .docx, HTML): the header row names the columns
 * ({@link Column}); after it, a row with a task number and text is a task, a one-cell row like {@code 一、…} a
 * heading, a repeated header is skipped, and anything else is reported. A leader cell merged from above is
 * inherited; an own empty one means no leader.
 */
final class GridReader {

    private static final Pattern NUMBER = Pattern.compile("^[(]?(\\d{1,4})[)]?[.、]?$");
    private static final Pattern NUMBERED_TEXT = Pattern.compile(
            "^([★☆▲△●◆■※]*)\\s*\\(?(\\d{1,4})(?:\\s*[.、]|\\))\\s*(.*)$", Pattern.DOTALL);

    private static final Pattern UNKNOWN_PEOPLE_OR_UNITS = Pattern.compile("单位|部门|领导|责任人");

    private final Consumer<Diagnostic> diagnostics;

    GridReader(Consumer<Diagnostic> diagnostics) {
        this.diagnostics = diagnostics;
    }

    /** The index of the header row: the first row with a task column and at least one more known column. */
    static int headerRow(Grid grid) {
        for (int i = 0; i < grid.rows().size(); i++) {
            List<Column> columns = columns(grid.rows().get(i));
            if (columns.contains(Column.TASK) && columns.stream().filter(c -> c != Column.OTHER).count() >= 2) {
                return i;
            }
        }
        return -1;
    }

    /** The header's rows: the header row, and the row under it when the header spans two rows. */
    static List<Row> headerRows(Grid grid) {
        int header = headerRow(grid);
        if (header < 0) {
            throw new PlanParseException(grid.source(), 1, "no header row found in " + grid.name()
                    + ": expected words such as 序号, 重点工作, 牵头领导, 牵头单位, 责任单位");
        }
        // A header over two rows: 责任单位 spanning 牵头单位 | 配合单位 below it. The lower words name the columns.
        boolean twoRows = header + 1 < grid.rows().size() && namesColumnsOnly(grid.rows().get(header + 1));
        return grid.rows().subList(header, header + (twoRows ? 2 : 1));
    }

    List<PlanRecord> read(Grid grid) {
        List<Row> headerRows = headerRows(grid);
        Row headerRow = headerRows.get(0);
        List<Column> columns = columns(headerRow);
        if (headerRows.size() > 1) {
            columns = underGroupHeaders(columns, columns(headerRows.get(1)));
        }
        int first = headerRow(grid) + headerRows.size();
        reportUnknownColumns(grid.rows().get(first - 1), columns);
        List<PlanRecord> records = new ArrayList<>();
        for (int i = first; i < grid.rows().size(); i++) {
            Row row = grid.rows().get(i);
            boolean last = i == grid.rows().size() - 1;
            readRow(row, columns, last, records).ifPresent(task -> {
                if (matchesHeader(row, headerRow, task)) {
                    records.add(task);
                }
            });
        }
        return records;
    }

    /**
     * Whether a task row has a cell for each column of the header, as its cells are then matched to the columns by
     * position; an empty cell after its last one (a trailing {@code |}) is no extra cell. A row with another count is
     * reported: read by position, its cells would shift into the wrong columns.
     */
    private boolean matchesHeader(Row row, Row header, Task task) {
        int cells = row.cells().size();
        while (cells > header.cells().size() && row.cells().get(cells - 1).isEmpty()) {
            cells--;
        }
        if (cells == header.cells().size()) {
            return true;
        }
        diagnostics.accept(new Diagnostic(DiagnosticCode.ROW_CELL_COUNT, row.location().line(), "row at "
                + row.location() + " (" + abbreviate(task.text()) + ") has " + cells + " cells, but the header has "
                + header.cells().size() + " (" + String.join(" | ", header.cells().stream()
                        .map(cell -> Names.withoutSpaces(cell.text())).toList()) + ", at " + header.location()
                + "): its cells cannot be matched to the columns, so the row is not read"));
        return false;
    }

    private Optional<Task> readRow(Row row, List<Column> columns, boolean last, List<PlanRecord> records) {
        List<Cell> own = row.cells().stream().filter(c -> c.span() == Span.OWN && !c.text().isBlank()).toList();
        if (own.isEmpty() || own.size() > 1 && namesColumnsOnly(row)
                || own.size() <= 2 && Footnotes.isNote(ContinuedTables.text(row))) {
            return Optional.empty();
        }
        Optional<PlanRecord.Heading> heading = own.size() == 1
                ? Headings.of(own.get(0).text(), own.get(0).location()) : Optional.empty();
        if (heading.isEmpty() && own.size() == 1 && row.cells().stream().allMatch(c -> c == own.get(0)
                || c.span() == Span.MERGED_FROM_LEFT)) {
            heading = Headings.numberedSection(own.get(0).text(), own.get(0).location());
        }
        if (heading.isPresent()) {
            records.add(heading.get());
            return Optional.empty();
        }
        String number = cell(row, columns, Column.NUMBER).map(Cell::text).orElse("").strip();
        String text = cell(row, columns, Column.TASK).map(Cell::text).orElse("").strip();
        Matcher numbered = NUMBERED_TEXT.matcher(Names.fold(text));
        boolean ownNumber = numbered.matches();
        if (ownNumber && columns.contains(Column.SECTION)) {
            // 序号 and 项目 describe the section (merged down over its tasks); the task cell carries the number.
            sectionHeading(row, columns).ifPresent(records::add);
        }
        if (ownNumber && (number.isEmpty() || columns.contains(Column.SECTION))) {
            number = numbered.group(2);
            // A mark before the number (▲7.…) stays with the text, as the plan wrote it.
            text = (numbered.group(1) + text.substring(numbered.start(3))).strip();
        }
        Matcher digits = NUMBER.matcher(Names.withoutSpaces(number));
        if (text.isEmpty() || !number.isEmpty() && !digits.matches()) {
            diagnostics.accept(new Diagnostic(DiagnosticCode.ROW_NOT_READ, row.location().line(),
                    "row at " + row.location() + " is neither a task nor a heading: " + abbreviate(own.get(0).text())));
            return Optional.empty();
        }
        if (last && row.cells().size() < columns.size()) {
            diagnostics.accept(new Diagnostic(DiagnosticCode.ROW_INCOMPLETE, row.location().line(), "the last row ("
                    + abbreviate(text) + ") has " + row.cells().size() + " of " + columns.size()
                    + " cells: the document looks cut off; the row is not read"));
            return Optional.empty();
        }
        return Optional.of(task(row, columns, number.isEmpty() ? null : Integer.valueOf(digits.group(1)), text));
    }

    /** A section whose 序号 or 项目 cell starts in this row (is its own, not merged from above). */
    private static Optional<PlanRecord> sectionHeading(Row row, List<Column> columns) {
        Optional<Cell> number = cell(row, columns, Column.NUMBER).filter(c -> c.span() == Span.OWN);
        Optional<Cell> name = cell(row, columns, Column.SECTION).filter(c -> c.span() == Span.OWN);
        if (number.map(Cell::isEmpty).orElse(true) && name.map(Cell::isEmpty).orElse(true)) {
            return Optional.empty();
        }
        String numeral = number.map(c -> Names.withoutSpaces(c.text())).filter(t -> !t.isEmpty()).orElse(null);
        String title = name.map(c -> c.text().replace("\n", "").strip()).filter(t -> !t.isEmpty()).orElse(null);
        return Optional.of(new PlanRecord.Heading(2, numeral, title, List.of(), row.location()));
    }

    private Task task(Row row, List<Column> columns, Integer number, String text) {
        String detail = cell(row, columns, Column.TASK_DETAIL).map(Cell::text).orElse("").strip();
        String fullText = TaskTexts.clean(detail.isEmpty() ? text : text + "：" + detail);
        LeaderCell leaders = !columns.contains(Column.LEADERS) ? LeaderCell.absent()
                : cell(row, columns, Column.LEADERS).map(GridReader::leaderCell).orElse(LeaderCell.absent());
        String lead = cell(row, columns, Column.LEAD_UNITS).map(Cell::text).orElse(null);
        String support = cell(row, columns, Column.SUPPORT_UNITS).map(Cell::text).orElse(null);
        String units = cell(row, columns, Column.UNITS).map(Cell::text).orElse(null);
        if (columns.contains(Column.LEAD_UNITS) && units != null) {
            support = support == null ? units : support + "、" + units;
            units = null;
        }
        SourceLocation location = cell(row, columns, Column.TASK).map(Cell::location).orElse(row.location());
        SourceLocation unitsLocation = cell(row, columns, Column.LEAD_UNITS)
                .or(() -> cell(row, columns, Column.UNITS)).or(() -> cell(row, columns, Column.SUPPORT_UNITS))
                .map(Cell::location).orElse(location);
        return new Task(number, fullText, leaders, lead, support, units, location, unitsLocation);
    }

    private static LeaderCell leaderCell(Cell cell) {
        return cell.span() == Span.MERGED_FROM_ABOVE
                ? new LeaderCell(LeaderCell.State.MERGED_FROM_ABOVE, "", cell.location())
                : LeaderCell.written(cell.text(), cell.location());
    }

    private static Optional<Cell> cell(Row row, List<Column> columns, Column column) {
        int index = columns.indexOf(column);
        return index < 0 || index >= row.cells().size() ? Optional.empty()
                : Optional.of(row.cells().get(index));
    }

    /**
     * A header word no column knows that names units or officials (督办单位, 挂钩领导): its cells are not read, and the
     * plan says so rather than dropping them without a word.
     */
    private void reportUnknownColumns(Row lastHeaderRow, List<Column> columns) {
        for (int i = 0; i < Math.min(columns.size(), lastHeaderRow.cells().size()); i++) {
            Cell cell = lastHeaderRow.cells().get(i);
            String word = Names.withoutSpaces(cell.text());
            if (columns.get(i) == Column.OTHER && UNKNOWN_PEOPLE_OR_UNITS.matcher(word).find()) {
                diagnostics.accept(new Diagnostic(DiagnosticCode.COLUMN_NOT_READ, cell.location().line(), "column "
                        + word + " (" + cell.location() + ") is not read: its header word does not say whether it "
                        + "names lead units (牵头单位), support units (配合单位), units (责任单位) or officials (责任领导)"));
            }
        }
    }

    /** Whether every cell of the row with text of its own is a header word (a repeated header, a header's second row). */
    private static boolean namesColumnsOnly(Row row) {
        List<Cell> own = row.cells().stream().filter(c -> c.span() == Span.OWN && !c.text().isBlank()).toList();
        return !own.isEmpty() && own.stream().allMatch(c -> Column.of(c.text()) != Column.OTHER);
    }

    private static List<Column> underGroupHeaders(List<Column> upper, List<Column> lower) {
        List<Column> columns = new ArrayList<>(upper);
        for (int i = 0; i < Math.min(upper.size(), lower.size()); i++) {
            if (lower.get(i) != Column.OTHER) {
                columns.set(i, lower.get(i));
            }
        }
        return List.copyOf(columns);
    }

    static List<Column> columns(Row row) {
        return row.cells().stream().map(cell -> Column.of(cell.text())).toList();
    }

    private static String abbreviate(String text) {
        String oneLine = text.replace('\n', ' ').strip();
        return oneLine.length() > 30 ? oneLine.substring(0, 30) + "…" : oneLine;
    }
}
