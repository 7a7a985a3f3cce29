package io.dutygraph.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Rows as one XLSX sheet, written with POI's streaming workbook: only the last {@value #WINDOW} rows stay in memory,
 * the rest go to a temporary file until the workbook is written. The first row (the header) is bold and frozen. A
 * text longer than a cell holds is cut with a marker ({@link #fitted}).
 */
final class XlsxSink implements TableSink {

    private static final int WINDOW = 100;

    /** The most characters an Excel cell holds (32,767). */
    static final int MAX_CELL = SpreadsheetVersion.EXCEL2007.getMaxTextLength();

    private final OutputStream out;
    private final SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);
    private final SXSSFSheet sheet;
    private final CellStyle bold;
    private int rows;

    XlsxSink(OutputStream out, String sheetName) {
        this.out = out;
        this.sheet = workbook.createSheet(sheetName);
        this.sheet.createFreezePane(0, 1);
        Font font = workbook.createFont();
        font.setBold(true);
        this.bold = workbook.createCellStyle();
        this.bold.setFont(font);
    }

    @Override
    public void row(List<?> values) {
        Row row = sheet.createRow(rows);
        for (int i = 0; i < values.size(); i++) {
            Cell cell = row.createCell(i);
            if (values.get(i) instanceof Number number) {
                cell.setCellValue(number.doubleValue());
            } else {
                cell.setCellValue(fitted(String.valueOf(values.get(i))));
            }
            if (rows == 0) {
                cell.setCellStyle(bold);
            }
        }
        rows++;
    }

    /**
     * The text as a cell can hold it: Excel refuses a cell of more than {@value #MAX_CELL} characters (POI throws),
     * so a longer text keeps its beginning and ends with a marker saying how long it was; the CSV export keeps it all.
     */
    static String fitted(String text) {
        if (text.length() <= MAX_CELL) {
            return text;
        }
        String marker = String.format(Locale.ROOT, " …[truncated: %,d characters in all, more than the %,d an Excel cell holds; "
                + "the .csv export has the whole text]", text.length(), MAX_CELL);
        int keep = MAX_CELL - marker.length();
        if (Character.isHighSurrogate(text.charAt(keep - 1))) {
            keep--;
        }
        return text.substring(0, keep) + marker;
    }

    @Override
    public void finish() throws IOException {
        try {
            workbook.write(out);
            out.flush();
        } finally {
            workbook.close();
        }
    }
}
