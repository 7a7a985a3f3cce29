package io.dutygraph.plan.reading;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.util.List;
import org.apache.poi.hssf.record.crypto.Biff8EncryptionKey;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/** Builds the Office files the reading tests read: bytes of workbooks and documents, merged .docx cells, encryption. */
final class OfficeFiles {

    private OfficeFiles() {
    }

    interface Writer {
        void writeTo(OutputStream out) throws IOException;
    }

    static byte[] bytes(Writer writer) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            writer.writeTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static byte[] bytes(Workbook workbook) {
        try (workbook) {
            return bytes(workbook::write);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] bytes(XWPFDocument document) {
        try (document) {
            return bytes(document::write);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A new row of the table with the given cells; the table's first row is reused, emptied, when {@code first}. */
    static XWPFTableRow row(XWPFTable table, boolean first, String... texts) {
        XWPFTableRow row = first ? table.getRow(0) : table.createRow();
        while (!row.getTableCells().isEmpty()) {
            row.removeCell(0);
        }
        for (String text : texts) {
            cell(row, text);
        }
        return row;
    }

    /** A new cell at the end of the row; each line of the text is a paragraph. */
    static XWPFTableCell cell(XWPFTableRow row, String text) {
        XWPFTableCell cell = row.addNewTableCell();
        List<String> paragraphs = List.of(text.split("\n"));
        cell.setText(paragraphs.get(0));
        paragraphs.subList(1, paragraphs.size()).forEach(more -> cell.addParagraph().createRun().setText(more));
        return cell;
    }

    static void gridSpan(XWPFTableCell cell, int columns) {
        properties(cell).addNewGridSpan().setVal(BigInteger.valueOf(columns));
    }

    static void gridBefore(XWPFTableRow row, int columns) {
        row.getCtRow().addNewTrPr().addNewGridBefore().setVal(BigInteger.valueOf(columns));
    }

    static void mergeRestart(XWPFTableCell cell) {
        properties(cell).addNewVMerge().setVal(STMerge.RESTART);
    }

    /** A continued vertical merge, written as Word writes it: {@code <w:vMerge/>} without a value. */
    static void mergeContinue(XWPFTableCell cell) {
        properties(cell).addNewVMerge();
    }

    private static CTTcPr properties(XWPFTableCell cell) {
        return cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
    }

    /** An .xlsx or .docx encrypted with a password, as Office writes it (an OLE2 container, agile encryption). */
    static byte[] encrypted(byte[] officeXml) {
        try (POIFSFileSystem container = new POIFSFileSystem()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword("secret");
            try (OutputStream out = encryptor.getDataStream(container)) {
                out.write(officeXml);
            }
            return bytes(container::writeFilesystem);
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An .xls encrypted with a password (RC4 CryptoAPI, Excel's default). */
    static byte[] encryptedXls() {
        Biff8EncryptionKey.setCurrentUserPassword("secret");
        try {
            HSSFWorkbook workbook = new HSSFWorkbook();
            workbook.createSheet("Sheet1").createRow(0).createCell(0).setCellValue("序号");
            return bytes(workbook);
        } finally {
            Biff8EncryptionKey.setCurrentUserPassword(null);
        }
    }

    /** A Word 97-2003 .doc as far as the container goes: an OLE2 file with a WordDocument stream. */
    static byte[] word97() {
        try (POIFSFileSystem container = new POIFSFileSystem()) {
            container.createDocument(new ByteArrayInputStream(new byte[512]), "WordDocument");
            return bytes(container::writeFilesystem);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
