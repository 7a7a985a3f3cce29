package io.dutygraph.export;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.w3c.dom.Document;

/** Reads exported files back with real readers: commons-csv, POI, the JDK's XML parser. */
public final class ExportFiles {

    private ExportFiles() {
    }

    /** A CSV's rows as lists of strings, header first; the byte-order mark must be there and is dropped. */
    public static List<List<String>> csv(byte[] bytes) throws IOException {
        Reader reader = new InputStreamReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8);
        if (reader.read() != '\uFEFF') {
            throw new AssertionError("the CSV does not start with a byte-order mark");
        }
        List<List<String>> rows = new ArrayList<>();
        for (CSVRecord record : CSVFormat.RFC4180.parse(reader)) {
            rows.add(record.toList());
        }
        return rows;
    }

    /** An XLSX's first sheet as lists of strings, header first; whole numbers written without ".0". */
    public static List<List<String>> xlsx(byte[] bytes) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            List<List<String>> rows = new ArrayList<>();
            for (Row row : workbook.getSheetAt(0)) {
                List<String> cells = new ArrayList<>();
                for (int i = 0; i < row.getLastCellNum(); i++) {
                    cells.add(text(row.getCell(i)));
                }
                rows.add(cells);
            }
            return rows;
        }
    }

    private static String text(Cell cell) {
        if (cell.getCellType() != CellType.NUMERIC) {
            return cell.getStringCellValue();
        }
        double value = cell.getNumericCellValue();
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }

    /** An XML file parsed, namespaces on. */
    public static Document xml(byte[] bytes) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
    }
}
