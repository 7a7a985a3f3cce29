package io.dutygraph.plan.reading;

import io.dutygraph.plan.PlanParseException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * Files a plan is often published as that DutyGraph does not read, told by their content (a PDF named .txt is
 * still a PDF): refused with one message naming the file, what it is, the file types that are read and what to do.
 */
final class UnsupportedFiles {

    /** The file types DutyGraph reads, as every refusal names them. */
    static final String SUPPORTED = "plain text (UTF-8), .xlsx, .xls, .docx and .html";

    private record Signature(byte[] start, String kind, String advice) {
    }

    private static final String EXPORT = "save or export the plan as one of them";

    private static final List<Signature> SIGNATURES = List.of(
            signature("%PDF-", "a PDF document", "copy its table into a .xlsx or .docx, or its text into a UTF-8 .txt"),
            signature("{\\rtf", "an RTF document", "open it in Word and save it as .docx"),
            new Signature(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, "a PNG image (a scan?)", "a plan must be text, "
                    + "not a picture of it: use the document it was scanned from"),
            new Signature(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}, "a JPEG image (a scan?)", "a plan must be "
                    + "text, not a picture of it: use the document it was scanned from"),
            signature("GIF8", "a GIF image", EXPORT),
            new Signature(new byte[] {'I', 'I', '*', 0}, "a TIFF image (a scan?)", "a plan must be text, not a picture "
                    + "of it: use the document it was scanned from"),
            new Signature(new byte[] {'M', 'M', 0, '*'}, "a TIFF image (a scan?)", "a plan must be text, not a picture "
                    + "of it: use the document it was scanned from"),
            new Signature(new byte[] {'R', 'a', 'r', '!'}, "a RAR archive", "unpack it and load the plan files inside"),
            new Signature(new byte[] {'7', 'z', (byte) 0xBC, (byte) 0xAF}, "a 7-Zip archive",
                    "unpack it and load the plan files inside"),
            new Signature(new byte[] {0x1F, (byte) 0x8B}, "a gzip archive", "unpack it and load the plan file inside"));

    /** What a ZIP package holds when it is not a .docx or .xlsx, told by a part only that kind has. */
    private static final List<List<String>> PACKAGES = List.of(
            List.of("ppt/", "a PowerPoint .pptx presentation"),
            List.of("OFD.xml", "an OFD document"),
            List.of("content.xml", "an OpenDocument file (.odt, .ods)"));

    private UnsupportedFiles() {
    }

    private static Signature signature(String start, String kind, String advice) {
        return new Signature(start.getBytes(StandardCharsets.US_ASCII), kind, advice);
    }

    /** Refuses a file whose content shows a type DutyGraph does not read. */
    static void refuse(String name, byte[] bytes) {
        for (Signature signature : SIGNATURES) {
            if (startsWith(bytes, signature.start())) {
                throw refusal(name, signature.kind(), signature.advice());
            }
        }
    }

    /** Refuses a ZIP package known by one of its parts (a .pptx, an OFD, an OpenDocument file). */
    static void refusePackage(String name, String part) {
        Optional<List<String>> known = PACKAGES.stream().filter(p -> part.startsWith(p.get(0))).findFirst();
        if (known.isPresent()) {
            throw refusal(name, known.get().get(1), EXPORT);
        }
    }

    /** The refusal of a file of a kind DutyGraph does not read. */
    static PlanParseException refusal(String name, String kind, String advice) {
        return new PlanParseException(name, 1, kind + ", a file type DutyGraph does not read; it reads " + SUPPORTED
                + ": " + advice);
    }

    static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
