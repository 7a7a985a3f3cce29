package io.dutygraph.plan.reading;

import io.dutygraph.plan.Chapter;
import io.dutygraph.plan.LeaderSource;
import io.dutygraph.plan.Names;
import io.dutygraph.plan.ParsedPlan;
import io.dutygraph.plan.ParsedTask;
import io.dutygraph.plan.Section;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.jsoup.nodes.Entities;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;

/**
 * The bundled real plan written as the table the district publishes (序号 | 项目 | 重点工作目标任务 | 牵头领导 |
 * 责任单位), with the merged cells the flattened text lost: chapter headings across the row, a section's 序号 and
 * 项目 down its tasks, a leader cell down the tasks that inherit it. The text before the table and the footnote
 * after it are as in the text file. Written as .xlsx, .xls, .docx and HTML.
 */
final class RealPlanAsTable {

    static final List<String> HEADER = List.of("序号", "项目", "重点工作目标任务", "牵头领导", "责任单位");
    private static final int COLUMNS = HEADER.size();
    private static final List<Integer> COLUMN_TWIPS = List.of(600, 1400, 4600, 1000, 2400);

    /** A cell of the table and the rows and columns it covers from its position down and to the right. */
    private static final class Region {

        private final String text;
        private final int columns;
        private int rows;

        private Region(String text, int rows, int columns) {
            this.text = text;
            this.rows = rows;
            this.columns = columns;
        }
    }

    private final String title;
    private final List<String> before;
    private final String footnote;
    /** The table's rows; a position holds the region starting there, null where a region above or left covers it. */
    private final List<Region[]> rows = new ArrayList<>();
    /** The leader cell in the row above, which a task inheriting its leaders extends down; null after an empty one. */
    private Region leaderAbove;
    private Integer leaderAboveLine;

    private RealPlanAsTable(ParsedPlan plan, List<String> lines) {
        int header = lines.stream().map(Names::withoutSpaces).toList().indexOf(HEADER.get(0));
        this.before = lines.subList(0, header).stream().map(String::strip).filter(line -> !line.isEmpty()).toList();
        this.title = plan.plan().title();
        this.footnote = plan.plan().footnote();
        rows.add(HEADER.stream().map(text -> new Region(text, 1, 1)).toArray(Region[]::new));
        for (Chapter chapter : plan.chapters()) {
            addChapter(plan, chapter);
        }
    }

    /** The lines before the table, as in the text file. */
    static List<String> textBeforeTable() {
        return bundled().before;
    }

    static String footnote() {
        return bundled().footnote;
    }

    static byte[] xlsx() {
        return bundled().workbook(new XSSFWorkbook());
    }

    static byte[] xls() {
        return bundled().workbook(new HSSFWorkbook());
    }

    static byte[] docx() {
        return bundled().document();
    }

    static String html() {
        return bundled().page();
    }

    private static RealPlanAsTable bundled() {
        return new RealPlanAsTable(TestPlans.realPlan(), TestPlans.realPlanLines());
    }

    private void addChapter(ParsedPlan plan, Chapter chapter) {
        rows.add(wholeRow(chapter.title() == null ? "" : chapter.numeral() + "、" + chapter.title()));
        leaderAbove = null;
        for (Section section : plan.sections().stream().filter(s -> s.chapterOrdinal() == chapter.ordinal()).toList()) {
            List<ParsedTask> tasks = plan.tasks().stream().filter(task -> task.chapterOrdinal() == chapter.ordinal()
                    && task.sectionPosition() == section.position()).toList();
            for (ParsedTask task : tasks) {
                Region[] row = new Region[COLUMNS];
                if (task == tasks.get(0)) {
                    row[0] = new Region(section.number() == null ? "" : section.number().toString(), tasks.size(), 1);
                    row[1] = new Region(Objects.requireNonNullElse(section.name(), ""), tasks.size(), 1);
                }
                row[2] = new Region(task.number() + "." + task.text(), 1, 1);
                row[3] = leaderCell(task);
                row[4] = new Region(unitsCell(task), 1, 1);
                rows.add(row);
            }
        }
    }

    /** The task's own leader cell (empty when it lists none), or null where the cell above is merged down over it. */
    private Region leaderCell(ParsedTask task) {
        if (task.leaderSource() == LeaderSource.INHERITED) {
            if (leaderAbove == null || !task.leaderLine().equals(leaderAboveLine)) {
                throw new IllegalStateException("task " + task.number() + " inherits a leader cell not in the row above");
            }
            leaderAbove.rows++;
            return null;
        }
        leaderAboveLine = task.leaderLine();
        leaderAbove = task.leaderSource() == LeaderSource.OWN ? new Region(String.join("、", task.leaders()), 1, 1) : null;
        return leaderAbove != null ? leaderAbove : new Region("", 1, 1);
    }

    /** The units as written, joined by 、, with ★ before the lead ones. */
    static String unitsCell(ParsedTask task) {
        return task.units().stream().map(unit -> (unit.lead() ? "★" : "") + unit.asWritten()).collect(Collectors.joining("、"));
    }

    private static Region[] wholeRow(String text) {
        Region[] row = new Region[COLUMNS];
        row[0] = new Region(text, 1, COLUMNS);
        return row;
    }

    /** The region covering each position of the table. */
    private Region[][] coverage() {
        Region[][] cover = new Region[rows.size()][COLUMNS];
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < COLUMNS; c++) {
                Region region = rows.get(r)[c];
                for (int dr = 0; region != null && dr < region.rows; dr++) {
                    Arrays.fill(cover[r + dr], c, c + region.columns, region);
                }
            }
        }
        return cover;
    }

    private byte[] workbook(Workbook workbook) {
        Sheet sheet = workbook.createSheet("Sheet1");
        List<Region[]> all = new ArrayList<>();
        before.forEach(line -> all.add(wholeRow(line)));
        all.addAll(rows);
        all.add(wholeRow(footnote));
        for (int r = 0; r < all.size(); r++) {
            Row row = sheet.createRow(r);
            for (int c = 0; c < COLUMNS; c++) {
                row.createCell(c);
            }
            for (int c = 0; c < COLUMNS; c++) {
                Region region = all.get(r)[c];
                if (region != null) {
                    row.getCell(c).setCellValue(region.text);
                    if (region.rows > 1 || region.columns > 1) {
                        sheet.addMergedRegion(new CellRangeAddress(r, r + region.rows - 1, c, c + region.columns - 1));
                    }
                }
            }
        }
        return OfficeFiles.bytes(workbook);
    }

    private byte[] document() {
        XWPFDocument docx = new XWPFDocument();
        before.forEach(line -> docx.createParagraph().createRun().setText(line));
        XWPFTable table = docx.createTable();
        // Word requires the column grid that POI leaves out.
        CTTblGrid columns = table.getCTTbl().addNewTblGrid();
        COLUMN_TWIPS.forEach(twips -> columns.addNewGridCol().setW(BigInteger.valueOf(twips)));
        Region[][] cover = coverage();
        for (int r = 0; r < rows.size(); r++) {
            XWPFTableRow tableRow = OfficeFiles.row(table, r == 0);
            for (int c = 0; c < COLUMNS; c += cover[r][c].columns) {
                boolean continued = rows.get(r)[c] == null;
                XWPFTableCell cell = OfficeFiles.cell(tableRow, continued ? "" : cover[r][c].text);
                mergeMarks(cell, cover[r][c], continued);
            }
        }
        docx.createParagraph().createRun().setText(footnote);
        return OfficeFiles.bytes(docx);
    }

    private static void mergeMarks(XWPFTableCell cell, Region region, boolean continued) {
        if (region.columns > 1) {
            OfficeFiles.gridSpan(cell, region.columns);
        }
        if (continued) {
            OfficeFiles.mergeContinue(cell);
        } else if (region.rows > 1) {
            OfficeFiles.mergeRestart(cell);
        }
    }

    private String page() {
        StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>")
                .append(escaped(title)).append("</title></head>\n<body>\n");
        before.forEach(line -> html.append("<p>").append(escaped(line)).append("</p>\n"));
        html.append("<table border=\"1\">\n");
        for (Region[] row : rows) {
            html.append("<tr>");
            for (Region region : row) {
                if (region != null) {
                    html.append("<td").append(region.rows > 1 ? " rowspan=\"" + region.rows + "\"" : "")
                            .append(region.columns > 1 ? " colspan=\"" + region.columns + "\"" : "").append('>')
                            .append(escaped(region.text)).append("</td>");
                }
            }
            html.append("</tr>\n");
        }
        return html.append("</table>\n<p>").append(escaped(footnote)).append("</p>\n</body></html>\n").toString();
    }

    private static String escaped(String text) {
        return Entities.escape(text).replace("\n", "<br>");
    }
}
