package io.dutygraph.plan.reading;

import java.util.List;

/**
 * A document as its file type gives it, before any layout is recognised: the text outside tables (title,
 * issuer, notice, footnotes, in order) and the tables it holds. A text file is all text and no table; a
 * workbook is all tables; .docx and HTML have both.
 *
 * @param source    the file name
 * @param textLines the text outside tables, one entry per line or paragraph, in document order
 * @param tables    the tables, in document order
 */
public record PlanDocument(String source, List<String> textLines, List<Grid> tables) {

    public PlanDocument {
        textLines = List.copyOf(textLines);
        tables = List.copyOf(tables);
    }
}
