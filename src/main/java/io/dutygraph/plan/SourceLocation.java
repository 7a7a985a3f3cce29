package io.dutygraph.plan;

/**
 * Where something was read in a document, so an auditor can go back to it: a text line ({@code plan.txt:12}),
 * a workbook cell ({@code plan.xlsx!Sheet1!C12}) or a table cell of a .docx or .html
 * ({@code plan.docx!table 1, row 3, cell 2}).
 *
 * @param source the file name
 * @param line   the 1-based text line, or for a table the 1-based row (in the sheet or table)
 * @param cell   the cell for a table ({@code Sheet1!C12}, {@code table 1, row 3, cell 2}); null for a text line
 */
public record SourceLocation(String source, int line, String cell) {

    /** A line of a text document. */
    public static SourceLocation line(String source, int line) {
        return new SourceLocation(source, line, null);
    }

    /** A cell of a table, with the row it is in. */
    public static SourceLocation cell(String source, int row, String cell) {
        return new SourceLocation(source, row, cell);
    }

    @Override
    public String toString() {
        return cell == null ? source + ":" + line : source + "!" + cell;
    }
}
