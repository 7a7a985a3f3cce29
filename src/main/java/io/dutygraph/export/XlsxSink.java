package io.dutygraph.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Rows as one XLSX sheet, written with POI's streaming workbook: only the last {@value #WINDOW} rows stay in memory,
 * the rest go to a temporary file until the workbook is written. The first row (the header) is bold and frozen.
 */
final class XlsxSink implements TableSink {

    private static final int WINDOW = 100;

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
                cell.setCellValue(String.valueOf(values.get(i)));
            }
            if (rows == 0) {
                cell.setCellStyle(bold);
            }
        }
        rows++;
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
