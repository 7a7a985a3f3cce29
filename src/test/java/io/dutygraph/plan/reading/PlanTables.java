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
public record PlanTables(List<String> paragraphs, List<List<String>> rows) {

    private static final String YUNYANG_HEADING = "一、主要经济社会发展指标、发改、财政、行政审批、生态环境、营商环境、交通、"
            + "金融、安全生产等工作目标(牵头领导:成坤、柯相国、王俊)";

    /** The 郧阳 table (shiyan-yunyang-2023, rows completed): the 责任人 cell empty in rows 1-2, a name in row 3. */
    public static final PlanTables YUNYANG_2023 = new PlanTables(
            List.of("郧阳区人民政府", "2023年1月30日", "2023年区政府工作目标任务落实责任分解表"),
            List.of(List.of("序号", "目  标  任  务", "牵头单位", "责任单位", "责任人"),
                    List.of(YUNYANG_HEADING),
                    List.of("1", "★地区生产总值增长15%。", "区发改局", "各乡镇人民政府", ""),
                    List.of("2", "★一般公共预算收入增长10%。", "区财政局", "区税务局", ""),
                    List.of("3", "★规模以上工业增加值增长12%。", "区经信局", "各乡镇人民政府", "柯相国")));

    /** The 温州 table (wenzhou-longwan-2023): the leader's heading is a paragraph above the table, not a row. */
    public static final PlanTables WENZHOU_2023 = new PlanTables(
            List.of("温州市龙湾区人民政府办公室", "2023年区政府工作报告重点工作责任分解", "一、夏禹桨区长牵头重点工作",
                    "总负责。", "二、李丹常委、常务副区长牵头重点工作"),
            List.of(List.of("序号", "重点工作", "区本级任务数", "责任单位"),
                    List.of("1", "地区生产总值增长6.5%。", "", "区发改局"),
                    List.of("2", "一般公共预算收入增长与经济增长基本同步。", "", "区财政局"),
                    List.of("3", "固定资产投资增长10.0%左右。", "5%", "区发改局"),
                    List.of("5", "精准承接中央五大政策和省市“8+4”经济政策体系,迭代更新龙湾稳增长政策措施,力争全年兑现惠企资金20亿元。",
                            "9亿元", "区政府办公室*、区财政局")));

    public PlanTables {
        paragraphs = List.copyOf(paragraphs);
        rows = rows.stream().map(List::copyOf).toList();
    }

    /** The plan written as {@code name.xlsx}, {@code name.docx} and {@code name.html}, by file name. */
    public Map<String, byte[]> files(String name) {
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
