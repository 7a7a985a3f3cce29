package io.dutygraph.plan.reading;

import io.dutygraph.plan.SourceLocation;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDecimalNumber;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTrPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * Reads a .docx: paragraphs outside tables become text lines, every table (nested ones too, numbered in document
 * order) a grid named {@code table N}. Vertical merges (vMerge) and column spans (gridSpan) become merged cells.
 */
final class DocxReader {

    // Word allows 63 columns; a larger span or skip is a damaged file and must not make the grid huge.
    private static final BigInteger MAX_COLUMNS = BigInteger.valueOf(63);

    private final String file;
    private final List<Grid> grids = new ArrayList<>();
    private final List<Integer> textLinesBefore = new ArrayList<>();
    private int textLinesSoFar;

    private DocxReader(String file) {
        this.file = file;
    }

    static PlanDocument read(PlanSource source) throws IOException {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(source.bytes()))) {
            DocxReader reader = new DocxReader(source.name());
            List<String> lines = new ArrayList<>();
            for (IBodyElement element : document.getBodyElements()) {
                if (element instanceof XWPFParagraph paragraph) {
                    lines.addAll(GridBuilder.lines(paragraph.getText()));
                } else if (element instanceof XWPFTable table) {
                    reader.textLinesSoFar = lines.size();
                    reader.table(table);
                }
            }
            return PlanDocument.ofTablesWithRows(source.name(), lines, reader.grids, reader.textLinesBefore);
        }
    }

    private void table(XWPFTable table) {
        String name = "table " + (grids.size() + 1);
        int index = grids.size();
        // The place is taken before the table is read, so tables nested in its cells are numbered after it.
        grids.add(null);
        textLinesBefore.add(textLinesSoFar);
        GridBuilder grid = new GridBuilder(file, name, (row, column) -> SourceLocation.cell(file, row + 1,
                name + ", row " + (row + 1) + ", cell " + (column + 1)));
        List<XWPFTableRow> rows = table.getRows();
        for (int row = 0; row < rows.size(); row++) {
            row(grid, row, rows.get(row));
        }
        grids.set(index, grid.build());
    }

    private void row(GridBuilder grid, int row, XWPFTableRow tableRow) {
        CTTrPr rowProperties = tableRow.getCtRow().getTrPr();
        int column = rowProperties == null || rowProperties.sizeOfGridBeforeArray() == 0 ? 0
                : columns(rowProperties.getGridBeforeArray(0));
        for (XWPFTableCell cell : tableRow.getTableCells()) {
            CTTcPr properties = cell.getCTTc().getTcPr();
            int span = properties == null || !properties.isSetGridSpan() ? 1 : Math.max(1, columns(properties.getGridSpan()));
            if (continuesMerge(properties) && grid.isTaken(row - 1, column)) {
                for (int c = column; c < column + span; c++) {
                    grid.mergedFromAbove(row, c);
                }
            } else {
                grid.region(row, column, 1, span, String.join("\n", cell.getParagraphs().stream()
                        .map(XWPFParagraph::getText).toList()));
            }
            cell.getTables().forEach(this::table);
            column += span;
        }
    }

    /** A {@code continue} vMerge, which Word writes as {@code <w:vMerge/>} with no value. */
    private static boolean continuesMerge(CTTcPr properties) {
        return properties != null && properties.isSetVMerge()
                && !Objects.equals(properties.getVMerge().getVal(), STMerge.RESTART);
    }

    private static int columns(CTDecimalNumber number) {
        BigInteger value = number.getVal();
        return value == null ? 0 : value.max(BigInteger.ZERO).min(MAX_COLUMNS).intValue();
    }
}
