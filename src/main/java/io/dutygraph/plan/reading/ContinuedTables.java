package io.dutygraph.plan.reading;

import io.dutygraph.plan.Names;
import io.dutygraph.plan.SourceLocation;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The tables after a document's task table that continue it: a table split in two by a page or a paragraph in Word,
 * a sheet per chapter, a page holding one table per chapter. A later table continues the task table when it repeats
 * the task table's header words, or has no header row and as many columns or rows that start with a task's number
 * (its rows are read under the task table's header). A heading written between two tables ({@code 二、…}) opens the rows of the table below it.
 */
final class ContinuedTables {

    /** A table that continues the task table, with the records read from it. */
    record Continuation(Grid table, List<PlanRecord> records) {
    }

    private static final Pattern TASK_NUMBER = Pattern.compile("^\\(?\\d{1,4}[).、]?(?:\\D.*)?$", Pattern.DOTALL);

    private ContinuedTables() {
    }

    static List<Continuation> after(PlanDocument document, int taskTable, GridReader reader) {
        Grid first = document.tables().get(taskTable);
        List<Grid.Row> header = GridReader.headerRows(first);
        List<Column> columns = GridReader.columns(header.get(0));
        List<Continuation> continuations = new ArrayList<>();
        int previous = taskTable;
        for (int i = taskTable + 1; i < document.tables().size(); i++) {
            Grid table = document.tables().get(i);
            int ownHeader = GridReader.headerRow(table);
            boolean repeatsHeader = ownHeader >= 0 && GridReader.columns(table.rows().get(ownHeader)).equals(columns);
            boolean headerless = ownHeader < 0 && (width(table) == width(first) || holdsNumberedRows(table));
            if (repeatsHeader || headerless) {
                Grid rows = repeatsHeader ? table : underHeader(table, header);
                List<HeadingAbove.Line> above = textBetween(document, previous, i);
                table.rows().subList(0, Math.max(ownHeader, 0)).forEach(row -> above.add(
                        new HeadingAbove.Line(text(row), row.location())));
                continuations.add(new Continuation(table, HeadingAbove.opening(HeadingAbove.find(above),
                        reader.read(rows))));
                previous = i;
            }
        }
        return continuations;
    }

    private static Grid underHeader(Grid table, List<Grid.Row> header) {
        List<Grid.Row> rows = new ArrayList<>(header);
        rows.addAll(table.rows());
        return new Grid(table.source(), table.name(), rows);
    }

    /** The document's text lines between the end of one table and the start of another. */
    private static List<HeadingAbove.Line> textBetween(PlanDocument document, int previous, int table) {
        List<HeadingAbove.Line> lines = new ArrayList<>();
        List<String> text = document.textLines();
        for (int line = document.textLinesBefore().get(previous); line < document.textLinesBefore().get(table); line++) {
            lines.add(new HeadingAbove.Line(text.get(line), SourceLocation.cell(document.source(), line + 1,
                    "paragraph " + (line + 1))));
        }
        return lines;
    }

    /**
     * Whether a table without a header has a row starting with a task's number, as a continuation whose empty last
     * column was trimmed has: read under the header, its rows are reported (ROW_CELL_COUNT), never dropped unseen.
     */
    private static boolean holdsNumberedRows(Grid table) {
        return table.rows().stream().anyMatch(row -> TASK_NUMBER.matcher(Names.fold(row.cells().get(0).text())).matches());
    }

    private static int width(Grid table) {
        return table.rows().isEmpty() ? 0 : table.rows().get(0).cells().size();
    }

    static String text(Grid.Row row) {
        return String.join(" ", row.cells().stream().map(Grid.Cell::text).filter(text -> !text.isBlank()).toList());
    }
}
