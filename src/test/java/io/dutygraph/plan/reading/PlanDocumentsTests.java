package io.dutygraph.plan.reading;

import static io.dutygraph.plan.reading.Grids.assertLocations;
import static io.dutygraph.plan.reading.Grids.read;
import static io.dutygraph.plan.reading.Grids.shape;
import static io.dutygraph.plan.reading.OfficeFiles.bytes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.dutygraph.plan.PlanParseException;
import io.dutygraph.plan.SourceLocation;
import io.dutygraph.plan.reading.PlanSource.FileType;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PlanDocumentsTests {

    @Nested
    class Workbooks {

        @ParameterizedTest
        @ValueSource(strings = {"xlsx", "xls"})
        void readsEachSheetWithContentWithMergedRegionsNumbersAsShownAndTrimmedEdges(String type) {
            Workbook workbook = type.equals("xlsx") ? new XSSFWorkbook() : new HSSFWorkbook();
            Sheet sheet = workbook.createSheet("Sheet1");
            sheet.createRow(0).createCell(0).setCellValue("区政府2024年重点工作");
            sheet.addMergedRegion(CellRangeAddress.valueOf("A1:D1"));
            cells(sheet.createRow(1), "序号", "项目", "任务", "牵头领导");
            Row first = cells(sheet.createRow(2), null, "主要目标", "1.增长5%", "钱 宇");
            first.createCell(0).setCellValue(1);
            Row second = cells(sheet.createRow(3), null, null, "2.两行\r\n文本", "");
            second.createCell(0).setCellValue(2.5);
            sheet.addMergedRegion(CellRangeAddress.valueOf("B3:B4"));
            sheet.createRow(4).createCell(2).setBlank();
            Row formula = sheet.createRow(5);
            formula.createCell(0).setCellFormula("1+1");
            formula.createCell(6).setBlank();
            sheet.createRow(9).createCell(1).setCellValue("  ");
            workbook.createSheet("Empty");
            workbook.createSheet("附表 2").createRow(0).createCell(0).setCellValue("x");
            workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();

            PlanDocument document = read("plan." + type, bytes(workbook));

            assertThat(document.textLines()).isEmpty();
            assertThat(document.tables()).extracting(Grid::name).containsExactly("Sheet1", "附表 2");
            Grid grid = document.tables().get(0);
            assertThat(grid.source()).isEqualTo("plan." + type);
            assertThat(shape(grid)).containsExactly(
                    "区政府2024年重点工作 | < | < | <",
                    "序号 | 项目 | 任务 | 牵头领导",
                    "1 | 主要目标 | 1.增长5% | 钱 宇",
                    "2.5 | ^ | 2.两行⏎文本 | ∅",
                    "2 | ∅ | ∅ | ∅");
            assertLocations(grid, List.of(1, 2, 3, 4, 6), (row, column) -> SourceLocation.cell("plan." + type, row,
                    "Sheet1!" + CellReference.convertNumToColString(column) + row));
            assertThat(document.tables().get(1).rows().get(0).location().cell()).isEqualTo("'附表 2'!A1");
        }

        private static Row cells(Row row, String... texts) {
            for (int i = 0; i < texts.length; i++) {
                if (texts[i] != null) {
                    row.createCell(i).setCellValue(texts[i]);
                }
            }
            return row;
        }
    }

    @Nested
    class Docx {

        @Test
        void readsParagraphsOutsideTablesAndTablesWithVerticalMergesAndColumnSpans() {
            XWPFDocument docx = new XWPFDocument();
            docx.createParagraph().createRun().setText("区政府2024年重点工作");
            docx.createParagraph();
            var lines = docx.createParagraph().createRun();
            lines.setText("苏州市吴江区人民政府");
            lines.addBreak();
            lines.setText("2024年1月25日");
            XWPFTable table = docx.createTable();
            OfficeFiles.row(table, true, "序号", "项目", "任务", "牵头领导");
            XWPFTableRow first = OfficeFiles.row(table, false, "1", "主要目标", "1.甲", "方 勇\n\n王 嵘");
            OfficeFiles.mergeRestart(first.getCell(1));
            OfficeFiles.mergeContinue(OfficeFiles.row(table, false, "", "", "2.乙", "").getCell(1));
            OfficeFiles.gridSpan(OfficeFiles.row(table, false, "二、标题").getCell(0), 4);
            XWPFTableRow spanning = OfficeFiles.row(table, false, "3", "项目二", "王 嵘");
            OfficeFiles.gridSpan(spanning.getCell(1), 2);
            OfficeFiles.mergeRestart(spanning.getCell(1));
            XWPFTableRow continuing = OfficeFiles.row(table, false, "4", "", "");
            OfficeFiles.gridSpan(continuing.getCell(1), 2);
            OfficeFiles.mergeContinue(continuing.getCell(1));
            OfficeFiles.gridBefore(OfficeFiles.row(table, false, "x", "y", "z"), 1);
            docx.createParagraph().createRun().setText("注:★为牵头单位");

            PlanDocument document = read("plan.docx", bytes(docx));

            assertThat(document.textLines()).containsExactly("区政府2024年重点工作", "苏州市吴江区人民政府", "2024年1月25日",
                    "注:★为牵头单位");
            assertThat(document.tables()).extracting(Grid::name).containsExactly("table 1");
            assertThat(shape(document.tables().get(0))).containsExactly(
                    "序号 | 项目 | 任务 | 牵头领导",
                    "1 | 主要目标 | 1.甲 | 方 勇⏎王 嵘",
                    "∅ | ^ | 2.乙 | ∅",
                    "二、标题 | < | < | <",
                    "3 | 项目二 | < | 王 嵘",
                    "4 | ^ | ^ | ∅",
                    "∅ | x | y | z");
            assertLocations(document.tables().get(0), List.of(1, 2, 3, 4, 5, 6, 7), (row, column) -> SourceLocation.cell(
                    "plan.docx", row, "table 1, row " + row + ", cell " + (column + 1)));
        }
    }

    @Nested
    class Html {

        @Test
        void readsBlocksOutsideTablesAndLaysRowAndColumnSpansOutAsABrowserDoes() {
            String html = """
                    <html><head><meta charset="utf-8"><title>不算正文</title></head><body>
                    <h1>区政府2024年重点工作</h1>
                    <p>苏州市吴江区人民政府<br>2024年1月25日</p><div> &nbsp; </div>
                    <table>
                    <tr><th>序号</th><th>项目</th><th>任务</th><th>牵头领导</th></tr>
                    <tr><td rowspan="2">1</td><td rowspan=2>主要目标</td><td>1.甲</td><td rowspan="3">钱 宇</td></tr>
                    <tr><td>2.乙</td></tr>
                    <tr><td colspan="3">二、标题</td></tr>
                    <tr><td>2</td><td rowspan="2" colspan="2">项目<br>二</td><td></td></tr>
                    <tr><td>3</td><td><p>方 勇</p><p>王&nbsp;嵘</p></td></tr>
                    </table>
                    <p>注:★为牵头单位</p>
                    </body></html>
                    """;

            PlanDocument document = read("plan.html", html.getBytes(StandardCharsets.UTF_8));

            assertThat(document.textLines()).containsExactly("区政府2024年重点工作", "苏州市吴江区人民政府", "2024年1月25日",
                    "注:★为牵头单位");
            assertThat(shape(document.tables().get(0))).containsExactly(
                    "序号 | 项目 | 任务 | 牵头领导",
                    "1 | 主要目标 | 1.甲 | 钱 宇",
                    "^ | ^ | 2.乙 | ^",
                    "二、标题 | < | < | ^",
                    "2 | 项目⏎二 | < | ∅",
                    "3 | ^ | ^ | 方 勇⏎王 嵘");
            assertLocations(document.tables().get(0), List.of(1, 2, 3, 4, 5, 6), (row, column) -> SourceLocation.cell(
                    "plan.html", row, "table 1, row " + row + ", cell " + (column + 1)));
        }

        @Test
        void endsRowSpansWithTheirRowGroupAndResolvesOverlapsToTheFirstCell() {
            String html = "<table><thead><tr><th rowspan=5>甲</th><th>乙</th></tr></thead>"
                    + "<tbody><tr><td>1</td><td rowspan=0>2</td></tr><tr><td colspan=2>3</td></tr>"
                    + "<tr><td rowspan=2 colspan=2>4</td><td colspan=0>5</td></tr><tr><td>6</td></tr></tbody></table>";

            Grid grid = read("spans.html", html.getBytes(StandardCharsets.UTF_8)).tables().get(0);

            assertThat(shape(grid)).containsExactly(
                    "甲 | 乙 | ∅",
                    "1 | 2 | ∅",
                    "3 | ^ | ∅",
                    "4 | ^ | 5",
                    "^ | ^ | 6");
        }

        @Test
        void numbersNestedTablesAfterTheTableHoldingThemAndKeepsThemOutOfItsCells() {
            String html = "<table><tr><td>外<table><tr><td>内</td></tr></table>表</td></tr></table>"
                    + "<table><tr><td> </td></tr></table><table><tr><td>后</td></tr></table>";

            PlanDocument document = read("nested.html", html.getBytes(StandardCharsets.UTF_8));

            assertThat(document.tables()).extracting(Grid::name).containsExactly("table 1", "table 2", "table 4");
            assertThat(document.tables()).map(Grids::shape)
                    .containsExactly(List.of("外⏎表"), List.of("内"), List.of("后"));
        }

        @Test
        void decodesThePageInTheCharsetItDeclares() {
            Charset gbk = Charset.forName("GBK");
            String page = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\"></head>"
                    + "<body><table><tr><td>钱 宇</td><td>★区发改委</td></tr></table></body></html>";

            PlanDocument document = read("gbk.html", page.getBytes(gbk));

            assertThat(shape(document.tables().get(0))).containsExactly("钱 宇 | ★区发改委");
        }

        @Test
        void refusesAPageThatIsNotTextInItsCharset() {
            byte[] page = "<html><body>\n<p>苏州市吴江区</p></body></html>".getBytes(Charset.forName("GBK"));

            assertThatExceptionOfType(PlanParseException.class).isThrownBy(() -> read("gbk.html", page))
                    .satisfies(e -> {
                        assertThat(e.file()).isEqualTo("gbk.html");
                        assertThat(e.line()).isEqualTo(2);
                        assertThat(e.reason()).contains("not UTF-8 text", "<meta charset");
                    });
        }
    }

    @Test
    void readsTextAsItsLinesWithoutTables() {
        PlanDocument document = read("plan.txt", "标题\n\n序号\n|\r\n".getBytes(StandardCharsets.UTF_8));

        assertThat(document.textLines()).containsExactly("标题", "", "序号", "|");
        assertThat(document.tables()).isEmpty();
    }

    @Test
    void toldTypeByContentNotByName() {
        byte[] docx = bytes(new XWPFDocument());
        byte[] xlsx = bytes(new XSSFWorkbook());

        assertThat(PlanSource.of("plan", xlsx).type()).isEqualTo(FileType.XLSX);
        assertThat(PlanSource.of("plan", docx).type()).isEqualTo(FileType.DOCX);
        assertThat(PlanSource.of("plan.xlsx", docx).type()).isEqualTo(FileType.DOCX);
        assertThat(PlanSource.of("plan.docx", xlsx).type()).isEqualTo(FileType.XLSX);
        assertThat(PlanSource.of("plan", bytes(new HSSFWorkbook())).type()).isEqualTo(FileType.XLS);
        assertThat(PlanSource.of("plan", "<!DOCTYPE html>\n<html><body>x".getBytes(StandardCharsets.UTF_8)).type())
                .isEqualTo(FileType.HTML);
        assertThat(PlanSource.of("plan", "<table><tr><td>x".getBytes(StandardCharsets.UTF_8)).type()).isEqualTo(FileType.HTML);
        assertThat(PlanSource.of("plan", TestPlans.realPlanBytes()).type()).isEqualTo(FileType.TEXT);
    }

    @Nested
    class BadInput {

        private static void assertRefused(String name, byte[] bytes, String... reasons) {
            assertThatExceptionOfType(PlanParseException.class).isThrownBy(() -> read(name, bytes)).satisfies(e -> {
                assertThat(e.file()).isEqualTo(name);
                assertThat(e.line()).isEqualTo(1);
                assertThat(e.reason()).contains(reasons);
                assertThat(e.getMessage()).startsWith(name + ":1: ");
            });
        }

        private static byte[] workbookWithText() {
            XSSFWorkbook workbook = new XSSFWorkbook();
            workbook.createSheet("Sheet1").createRow(0).createCell(0).setCellValue("序号");
            return bytes(workbook);
        }

        private static byte[] docxWithText() {
            XWPFDocument docx = new XWPFDocument();
            docx.createParagraph().createRun().setText("区政府2024年重点工作目标任务分解落实方案".repeat(200));
            return bytes(docx);
        }

        @Test
        void refusesTruncatedOrCorruptWorkbooksAndDocuments() {
            byte[] xlsx = workbookWithText();
            byte[] docx = docxWithText();
            byte[] xls = bytes(new HSSFWorkbook());

            assertRefused("plan.xlsx", Arrays.copyOf(xlsx, xlsx.length / 2), "an Excel workbook", "damaged or truncated");
            assertRefused("plan.docx", Arrays.copyOf(docx, docx.length / 2), "a Word .docx document", "damaged or truncated");
            assertRefused("plan.xls", Arrays.copyOf(xls, xls.length / 2), "an Excel workbook", "damaged or truncated");
            byte[] zipGarbage = Arrays.copyOf(new byte[] {0x50, 0x4B, 0x03, 0x04}, 300);
            assertRefused("plan.docx", zipGarbage, "a Word .docx document", "damaged or truncated");
            assertRefused("plan.xlsx", zipGarbage, "an Excel workbook", "damaged or truncated");
        }

        @Test
        void refusesPasswordProtectedFiles() {
            assertRefused("plan.xlsx", OfficeFiles.encrypted(workbookWithText()), "password-protected");
            assertRefused("plan.docx", OfficeFiles.encrypted(docxWithText()), "password-protected");
            assertRefused("plan.xls", OfficeFiles.encryptedXls(), "password-protected");
        }

        @Test
        void refusesAWord97DocumentNamingWhatToDo() {
            assertRefused("plan.doc", OfficeFiles.word97(), ".doc", "save it as .docx");
        }

        @Test
        void refusesFilesWithNoTableAndNoText() {
            XSSFWorkbook blankCells = new XSSFWorkbook();
            blankCells.createSheet("Sheet1").createRow(3).createCell(2).setCellValue(" ");

            assertRefused("plan.xlsx", bytes(blankCells), "no table and no text");
            assertRefused("plan.xls", bytes(new HSSFWorkbook()), "no table and no text");
            assertRefused("plan.docx", bytes(new XWPFDocument()), "no table and no text");
            assertRefused("plan.html", "<html><body><table><tr><td>&nbsp;</td></tr></table></body></html>"
                    .getBytes(StandardCharsets.UTF_8), "no table and no text");
            assertRefused("plan.txt", " \n".getBytes(StandardCharsets.UTF_8), "empty");
        }

        @Test
        void refusesTextThatIsNotUtf8NamingTheLine() {
            byte[] gbk = "标题\n序号\n钱宇".getBytes(Charset.forName("GBK"));

            assertThatExceptionOfType(PlanParseException.class).isThrownBy(() -> read("plan.txt", gbk))
                    .satisfies(e -> {
                        assertThat(e.file()).isEqualTo("plan.txt");
                        assertThat(e.line()).isEqualTo(1);
                        assertThat(e.reason()).contains("not UTF-8");
                    });
        }
    }
}
