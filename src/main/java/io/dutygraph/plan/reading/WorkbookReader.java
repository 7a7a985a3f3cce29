package io.dutygraph.plan.reading;

import io.dutygraph.plan.PlanParseException;
import io.dutygraph.plan.SourceLocation;
import io.dutygraph.plan.reading.PlanSource.FileType;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;

/** Reads .xlsx and .xls workbooks: every sheet with content becomes a grid named after the sheet. */
final class WorkbookReader {

    private static final String WORD_97_ENTRY = "WordDocument";
    private static final String POWERPOINT_97_ENTRY = "PowerPoint Document";

    private WorkbookReader() {
    }

    static PlanDocument read(PlanSource source) throws IOException {
        if (source.type() == FileType.XLS) {
            try (POIFSFileSystem container = new POIFSFileSystem(new ByteArrayInputStream(source.bytes()))) {
                // .doc files share the .xls container; POI's own message would call them a broken spreadsheet.
                if (container.getRoot().hasEntry(WORD_97_ENTRY)) {
                    throw UnsupportedFiles.refusal(source.name(), "a Word 97-2003 .doc file (or WPS)",
                            "open it in Word or WPS and save it as .docx");
                }
                if (container.getRoot().hasEntry(POWERPOINT_97_ENTRY)) {
                    throw UnsupportedFiles.refusal(source.name(), "a PowerPoint 97-2003 .ppt presentation",
                            "save or export the plan as one of them");
                }
                try (Workbook workbook = WorkbookFactory.create(container)) {
                    return read(source.name(), workbook);
                }
            }
        }
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(source.bytes()))) {
            return read(source.name(), workbook);
        }
    }

    private static PlanDocument read(String file, Workbook workbook) {
        // Cached formula results are what Excel shows; evaluating could fail on functions POI lacks.
        DataFormatter formatter = new DataFormatter(Locale.CHINA);
        formatter.setUseCachedValuesForFormulaCells(true);
        List<Grid> grids = new ArrayList<>();
        for (Sheet sheet : workbook) {
            Grid grid = grid(file, sheet, formatter);
            if (!grid.rows().isEmpty()) {
                grids.add(grid);
            }
        }
        return new PlanDocument(file, List.of(), grids);
    }

    private static Grid grid(String file, Sheet sheet, DataFormatter formatter) {
        String name = sheet.getSheetName();
        GridBuilder grid = new GridBuilder(file, name, (row, column) -> SourceLocation.cell(file, row + 1,
                new CellReference(name, row, column, false, false).formatAsString()));
        int lastRow = sheet.getLastRowNum();
        int lastColumn = lastColumn(sheet);
        for (CellRangeAddress region : sheet.getMergedRegions()) {
            // Clipped to the cells the sheet has: a region over whole rows or columns would span 16384 × 1048576 cells.
            if (region.getFirstRow() <= lastRow && region.getFirstColumn() <= lastColumn) {
                Row first = sheet.getRow(region.getFirstRow());
                Cell owner = first == null ? null : first.getCell(region.getFirstColumn());
                grid.region(region.getFirstRow(), region.getFirstColumn(),
                        Math.min(region.getLastRow(), lastRow) - region.getFirstRow() + 1,
                        Math.min(region.getLastColumn(), lastColumn) - region.getFirstColumn() + 1,
                        owner == null ? "" : formatter.formatCellValue(owner));
            }
        }
        for (Row row : sheet) {
            for (Cell cell : row) {
                grid.own(cell.getRowIndex(), cell.getColumnIndex(), formatter.formatCellValue(cell));
            }
        }
        return grid.build();
    }

    private static int lastColumn(Sheet sheet) {
        int last = -1;
        for (Row row : sheet) {
            last = Math.max(last, row.getLastCellNum() - 1);
        }
        return last;
    }
}
