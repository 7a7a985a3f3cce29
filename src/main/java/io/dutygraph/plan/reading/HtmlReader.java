package io.dutygraph.plan.reading;

import io.dutygraph.plan.PlanParseException;
import io.dutygraph.plan.SourceLocation;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Reads an HTML page: the text of its blocks outside tables becomes text lines, every table (nested ones too,
 * numbered in document order) a grid named {@code table N}, with rowspan and colspan laid out on an occupancy
 * matrix as a browser lays them out. The charset is the one the page declares, UTF-8 if it declares none.
 */
final class HtmlReader {

    // The limits browsers apply (HTML standard, "forming a table").
    private static final int MAX_COLSPAN = 1000;
    private static final int MAX_ROWSPAN = 65534;
    private static final Pattern LEADING_DIGITS = Pattern.compile("\\d+");
    private static final Set<String> ROW_GROUPS = Set.of("thead", "tbody", "tfoot");

    private final String file;
    private final List<Grid> grids = new ArrayList<>();
    private final List<Integer> textLinesBefore = new ArrayList<>();
    private StringBuilder body;
    private int bodyCounted;
    private int bodyLines;

    private HtmlReader(String file) {
        this.file = file;
    }

    static PlanDocument read(PlanSource source) throws IOException {
        Document document = Jsoup.parse(new ByteArrayInputStream(source.bytes()), null, "");
        refuseUndecodable(source, document.charset());
        HtmlReader reader = new HtmlReader(source.name());
        reader.body = new StringBuilder();
        reader.appendText(document.body(), reader.body);
        return PlanDocument.ofTablesWithRows(source.name(), GridBuilder.lines(reader.body), reader.grids,
                reader.textLinesBefore);
    }

    // Decoding replaces bytes that are not text in the charset: a GBK page without <meta charset> would
    // otherwise be read as UTF-8 into garbled names.
    private static void refuseUndecodable(PlanSource source, Charset charset) {
        String decoded = new String(source.bytes(), charset);
        int bad = decoded.indexOf('\uFFFD');
        if (bad >= 0) {
            int line = (int) decoded.substring(0, bad).chars().filter(c -> c == '\n').count() + 1;
            throw new PlanParseException(source.name(), line, "not " + charset.name() + " text; a page in another "
                    + "encoding must declare it, e.g. <meta charset=\"gbk\">");
        }
    }

    /** The text of an element's children, with a line break for {@code <br>} and around blocks; tables become grids. */
    private void appendText(Element element, StringBuilder text) {
        for (Node node : element.childNodes()) {
            if (node instanceof TextNode textNode) {
                text.append(textNode.text());
            } else if (node instanceof Element child && child.nameIs("table")) {
                text.append('\n');
                if (text == body) {
                    countBodyLines();
                }
                table(child);
            } else if (node instanceof Element child && child.nameIs("br")) {
                text.append('\n');
            } else if (node instanceof Element child) {
                text.append(child.isBlock() ? "\n" : "");
                appendText(child, text);
                text.append(child.isBlock() ? "\n" : "");
            }
        }
    }

    /** Counts the page's text lines up to here, where a table starts (each stretch of text once). */
    private void countBodyLines() {
        bodyLines += GridBuilder.lines(body.subSequence(bodyCounted, body.length())).size();
        bodyCounted = body.length();
    }

    private void table(Element table) {
        String name = "table " + (grids.size() + 1);
        int index = grids.size();
        // The place is taken before the table is read, so tables nested in its cells are numbered after it.
        grids.add(null);
        textLinesBefore.add(bodyLines);
        GridBuilder grid = new GridBuilder(file, name, (row, column) -> SourceLocation.cell(file, row + 1,
                name + ", row " + (row + 1) + ", cell " + (column + 1)));
        // A layout table (a site's page in a table: the notice in one cell, the plan's table nested in it): its cells
        // are the page's text too, where the notice's title, issuer and date are read.
        boolean layout = table.getElementsByTag("table").size() > 1;
        int row = 0;
        for (Element group : table.children()) {
            if (ROW_GROUPS.contains(group.normalName())) {
                List<Element> rows = group.children().stream().filter(child -> child.nameIs("tr")).toList();
                for (int i = 0; i < rows.size(); i++) {
                    row(grid, row + i, rows.get(i), rows.size() - i, layout);
                }
                row += rows.size();
            }
        }
        grids.set(index, grid.build());
    }

    /** Places a row's cells; a rowspan ends with its row group, and rowspan="0" reaches to the group's end. */
    private void row(GridBuilder grid, int row, Element tableRow, int rowsLeftInGroup, boolean layout) {
        int column = 0;
        for (Element cell : tableRow.children()) {
            if (cell.nameIs("td") || cell.nameIs("th")) {
                while (grid.isTaken(row, column)) {
                    column++;
                }
                int rowSpan = span(cell.attr("rowspan"), MAX_ROWSPAN);
                rowSpan = rowSpan == 0 ? rowsLeftInGroup : Math.min(rowSpan, rowsLeftInGroup);
                int columnSpan = Math.max(1, span(cell.attr("colspan"), MAX_COLSPAN));
                StringBuilder text = layout ? body : new StringBuilder();
                text.append('\n');
                int start = text.length();
                appendText(cell, text);
                grid.region(row, column, rowSpan, columnSpan, text.substring(start));
                text.append('\n');
                column += columnSpan;
            }
        }
    }

    /** A span attribute read as browsers read it: its leading digits, 1 when there are none, at most {@code max}. */
    private static int span(String value, int max) {
        Matcher digits = LEADING_DIGITS.matcher(value.strip());
        if (!digits.lookingAt()) {
            return 1;
        }
        return digits.group().length() > 6 ? max : Math.min(Integer.parseInt(digits.group()), max);
    }
}
