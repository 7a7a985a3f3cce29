package io.dutygraph.plan.reading;

import io.dutygraph.plan.SourceLocation;
import java.util.List;

/**
 * A table as a reader recovered it from a document: rows of cells with merged cells explicit and every cell's
 * location. Text layouts, workbooks, .docx and HTML tables all become grids, and one assembly reads them.
 *
 * @param source the file name
 * @param name   which table of the document ({@code Sheet1}, {@code table 1}, {@code text})
 * @param rows   the rows in document order, header rows included
 */
public record Grid(String source, String name, List<Row> rows) {

    public Grid {
        rows = List.copyOf(rows);
    }

    /** One table row; {@code location} names the row's first cell. */
    public record Row(SourceLocation location, List<Cell> cells) {

        public Row {
            cells = List.copyOf(cells);
        }
    }

    /**
     * One cell. A merged region's first (top-left) cell is {@link Span#OWN} and holds the text; the cells it covers
     * are {@link Span#MERGED_FROM_ABOVE} or {@link Span#MERGED_FROM_LEFT} with empty text. An own cell with empty
     * text is an empty cell, which is not the same as a merged one: a leader cell merged from above is
     * inherited, an empty one means no leader.
     *
     * @param text     the cell's text as written, lines joined with {@code \n}, never null
     * @param span     whether the cell is its own or covered by a merge
     * @param location where the cell is
     */
    public record Cell(String text, Span span, SourceLocation location) {

        public boolean isEmpty() {
            return span == Span.OWN && text.isBlank();
        }
    }

    /** Whether a cell holds its own content or is covered by a merged region starting above or to its left. */
    public enum Span {
        OWN,
        MERGED_FROM_ABOVE,
        MERGED_FROM_LEFT
    }
}
