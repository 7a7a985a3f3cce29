package io.dutygraph.plan.reading;

import io.dutygraph.plan.PlanParseException;
import java.io.IOException;
import java.util.List;
import org.apache.poi.EncryptedDocumentException;

/**
 * Reads a plan file of any supported type into a {@link PlanDocument}: its text outside tables and its tables
 * as grids. Whatever cannot be read fails with a {@link PlanParseException} naming the file.
 */
public final class PlanDocuments {

    private PlanDocuments() {
    }

    /** The document in a file: text lines for plain text, grids and text for workbooks, .docx and HTML. */
    public static PlanDocument read(PlanSource source) {
        PlanDocument document = switch (source.type()) {
            case TEXT -> new PlanDocument(source.name(), PlanText.decode(source.name(), source.bytes()).lines(), List.of());
            case HTML -> readWith(source, "an HTML page", HtmlReader::read);
            case XLSX, XLS -> readWith(source, "an Excel workbook", WorkbookReader::read);
            case DOCX -> readWith(source, "a Word .docx document", DocxReader::read);
        };
        if (document.textLines().isEmpty() && document.tables().isEmpty()) {
            throw new PlanParseException(source.name(), 1, "the file holds no table and no text");
        }
        return document;
    }

    private interface Reader {
        PlanDocument read(PlanSource source) throws IOException;
    }

    // POI reports a damaged file with whatever its parsers throw (IOException, IllegalArgumentException,
    // POIXMLException, RecordFormatException, ...): all of them mean the file is not readable as this type.
    private static PlanDocument readWith(PlanSource source, String kind, Reader reader) {
        try {
            return reader.read(source);
        } catch (PlanParseException e) {
            throw e;
        } catch (EncryptedDocumentException e) {
            throw new PlanParseException(source.name(), 1, "the file is password-protected: save it without a "
                    + "password", e);
        } catch (IOException | RuntimeException e) {
            throw new PlanParseException(source.name(), 1, "cannot be read as " + kind + ", the file is damaged or "
                    + "truncated (" + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()) + ")", e);
        }
    }
}
