package io.dutygraph.plan.reading;

import io.dutygraph.plan.SourceLocation;
import io.dutygraph.plan.reading.Grid.Cell;
import io.dutygraph.plan.reading.Grid.Row;
import io.dutygraph.plan.reading.Grid.Span;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Collects a table's cells by position as a reader meets them and shapes them into a {@link Grid}, the same way
 * for every file type: one cell per column in every row, holes filled with empty own cells, the columns at the
 * table's edges that are empty in every row dropped, and rows without content dropped. Rows and columns are the
 * 0-based positions in the document's table (sheet row and column, table row and grid column); a position
 * already taken keeps its cell, so overlapping spans resolve as browsers do, to the first one placed.
 */
final class GridBuilder {

    private static final Pattern LINE_END = Pattern.compile("\r\n?");

    /** Where the cell at a 0-based row and column of the document's table is. */
    interface Locator {
        SourceLocation at(int row, int column);
    }

    private record Slot(String text, Span span) {

        boolean hasContent() {
            return span != Span.OWN || !text.isEmpty();
        }
    }

    private final String source;
    private final String name;
    private final Locator locator;
    private final SortedMap<Integer, SortedMap<Integer, Slot>> slots = new TreeMap<>();

    GridBuilder(String source, String name, Locator locator) {
        this.source = source;
        this.name = name;
        this.locator = locator;
    }

    boolean isTaken(int row, int column) {
        SortedMap<Integer, Slot> cells = slots.get(row);
        return cells != null && cells.containsKey(column);
    }

    void own(int row, int column, String text) {
        region(row, column, 1, 1, text);
    }

    void mergedFromAbove(int row, int column) {
        put(row, column, new Slot("", Span.MERGED_FROM_ABOVE));
    }

    /** A merged region: its top-left cell holds the text, the rest of its first row is merged from the left, the rows below from above. */
    void region(int row, int column, int rowSpan, int columnSpan, String text) {
        for (int r = row; r < row + rowSpan; r++) {
            for (int c = column; c < column + columnSpan; c++) {
                Span span = r > row ? Span.MERGED_FROM_ABOVE : c > column ? Span.MERGED_FROM_LEFT : Span.OWN;
                put(r, c, new Slot(span == Span.OWN ? text(text) : "", span));
            }
        }
    }

    Grid build() {
        int first = Integer.MAX_VALUE;
        int last = -1;
        for (SortedMap<Integer, Slot> row : slots.values()) {
            for (Map.Entry<Integer, Slot> slot : row.entrySet()) {
                if (slot.getValue().hasContent()) {
                    first = Math.min(first, slot.getKey());
                    last = Math.max(last, slot.getKey());
                }
            }
        }
        List<Row> rows = new ArrayList<>();
        for (Map.Entry<Integer, SortedMap<Integer, Slot>> row : slots.entrySet()) {
            if (row.getValue().values().stream().anyMatch(Slot::hasContent)) {
                rows.add(row(row.getKey(), row.getValue(), first, last));
            }
        }
        return new Grid(source, name, rows);
    }

    private Row row(int row, SortedMap<Integer, Slot> cells, int first, int last) {
        List<Cell> shaped = new ArrayList<>();
        for (int column = first; column <= last; column++) {
            Slot slot = cells.getOrDefault(column, new Slot("", Span.OWN));
            shaped.add(new Cell(slot.text(), slot.span(), locator.at(row, column)));
        }
        return new Row(shaped.get(0).location(), shaped);
    }

    private void put(int row, int column, Slot slot) {
        slots.computeIfAbsent(row, r -> new TreeMap<>()).putIfAbsent(column, slot);
    }

    /** A cell's text as every reader gives it: lines trimmed, blank lines dropped, joined with {@code \n}. */
    static String text(CharSequence raw) {
        return String.join("\n", lines(raw));
    }

    /** Text split into trimmed, non-blank lines; a no-break space counts as a space, as a browser shows it. */
    static List<String> lines(CharSequence raw) {
        return Arrays.stream(LINE_END.matcher(raw).replaceAll("\n").replace('\u00A0', ' ').split("\n"))
                .map(String::strip).filter(line -> !line.isEmpty()).toList();
    }
}
