package io.dutygraph.plan.reading;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.jsoup.nodes.Entities;

/**
 * A small plan as a district publishes it in a table file: paragraphs above the table (title, issuer, a heading),
 * the header row, and rows; a row of one cell is a heading row spanning the table. Written as .xlsx (paragraphs in
 * the rows above the header), .docx and HTML, so a reading rule can be checked on every file type alike.
 *
 * @param paragraphs the lines above the table
 * @param rows       the header row, then the table's rows
 */
record PlanTables(List<String> paragraphs, List<List<String>> rows) {

    PlanTables {
        paragraphs = List.copyOf(paragraphs);
        rows = rows.stream().map(List::copyOf).toList();
    }

    /** The plan written as {@code name.xlsx}, {@code name.docx} and {@code name.html}, by file name. */
    Map<String, byte[]> files(String name) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put(name + ".xlsx", xlsx());
        files.put(name + ".docx", docx());
        files.put(name + ".html", html().getBytes(StandardCharsets.UTF_8));
        return files;
    }

    private int columns() {
        return rows.get(0).size();
    }

    byte[] xlsx() {
        XSSFWorkbook workbook = new XSSFWorkbook();
        Sheet sheet = workbook.createSheet("Sheet1");
        List<List<String>> all = new ArrayList<>();
        paragraphs.forEach(line -> all.add(List.of(line)));
        all.addAll(rows);
        for (int r = 0; r < all.size(); r++) {
            Row row = sheet.createRow(r);
            List<String> cells = all.get(r);
            for (int c = 0; c < cells.size(); c++) {
                row.createCell(c).setCellValue(cells.get(c));
            }
            if (r >= paragraphs.size() && cells.size() == 1) {
                sheet.addMergedRegion(new CellRangeAddress(r, r, 0, columns() - 1));
            }
        }
        return OfficeFiles.bytes(workbook);
    }

    byte[] docx() {
        XWPFDocument document = new XWPFDocument();
        paragraphs.forEach(line -> document.createParagraph().createRun().setText(line));
        XWPFTable table = document.createTable();
        for (int r = 0; r < rows.size(); r++) {
            XWPFTableRow row = OfficeFiles.row(table, r == 0, rows.get(r).toArray(String[]::new));
            if (rows.get(r).size() == 1) {
                OfficeFiles.gridSpan(row.getCell(0), columns());
            }
        }
        return OfficeFiles.bytes(document);
    }

    String html() {
        StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>plan</title>"
                + "</head>\n<body>\n");
        paragraphs.forEach(line -> html.append("<p>").append(escaped(line)).append("</p>\n"));
        html.append("<table border=\"1\">\n");
        for (List<String> row : rows) {
            html.append("<tr>");
            String span = row.size() == 1 ? " colspan=\"" + columns() + "\"" : "";
            row.forEach(cell -> html.append("<td").append(span).append('>').append(escaped(cell)).append("</td>"));
            html.append("</tr>\n");
        }
        return html.append("</table>\n</body></html>\n").toString();
    }

    private static String escaped(String text) {
        return Entities.escape(text).replace("\n", "<br>");
    }
}
