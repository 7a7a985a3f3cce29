package io.dutygraph.plan.reading;

import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;

/**
 * A document as its file type gives it, before any layout is recognised: the text outside tables (title,
 * issuer, notice, footnotes, in order) and the tables it holds. A text file is all text and no table; a
 * workbook is all tables; .docx and HTML have both.
 *
 * @param source          the file name
 * @param textLines       the text outside tables, one entry per line or paragraph, in document order
 * @param tables          the tables, in document order
 * @param textLinesBefore for each table, how many of the text lines come before it (a table nested in another's
 *                        cell counts those before the outer table)
 */
public record PlanDocument(String source, List<String> textLines, List<Grid> tables, List<Integer> textLinesBefore) {

    public PlanDocument {
        textLines = List.copyOf(textLines);
        tables = List.copyOf(tables);
        textLinesBefore = List.copyOf(textLinesBefore);
        if (textLinesBefore.size() != tables.size()) {
            throw new IllegalArgumentException(textLinesBefore.size() + " text positions for " + tables.size()
                    + " tables");
        }
    }

    /** A document whose text, if any, comes before none of its tables (a workbook, a text file). */
    public PlanDocument(String source, List<String> textLines, List<Grid> tables) {
        this(source, textLines, tables, Collections.nCopies(tables.size(), 0));
    }

    /** A document of the tables a reader met that hold rows, each with the number of text lines before it. */
    static PlanDocument ofTablesWithRows(String source, List<String> textLines, List<Grid> tables,
            List<Integer> textLinesBefore) {
        List<Integer> kept = IntStream.range(0, tables.size()).filter(i -> !tables.get(i).rows().isEmpty()).boxed()
                .toList();
        return new PlanDocument(source, textLines, kept.stream().map(tables::get).toList(),
                kept.stream().map(textLinesBefore::get).toList());
    }

    /** The text lines before the table at an index of {@link #tables()}, in order. */
    public List<String> textBefore(int table) {
        return textLines.subList(0, textLinesBefore.get(table));
    }
}
