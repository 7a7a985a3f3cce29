package io.dutygraph.plan.reading;

import io.dutygraph.plan.PlanParseException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * The lines of a plan document, decoded strictly as UTF-8 (with or without BOM, LF, CRLF or CR line ends).
 * Anything that is not readable text fails here with the file and line named.
 */
public record PlanText(String source, List<String> lines) {

    /** Plans are a few hundred kilobytes; a file beyond this is not one, and is refused before decoding. */
    public static final long MAX_BYTES = 64L * 1024 * 1024;

    public PlanText {
        lines = List.copyOf(lines);
    }

    /** Reads a text file; refuses a missing, unreadable, oversized or non-UTF-8 one naming it. */
    public static PlanText read(Path file) {
        PlanSource source = PlanSource.read(file);
        return decode(source.name(), source.bytes());
    }

    public static PlanText decode(String source, byte[] bytes) {
        if (bytes.length > MAX_BYTES) {
            throw new PlanParseException(source, 0, "input is " + bytes.length + " bytes, more than the "
                    + MAX_BYTES + " a plan may have");
        }
        int start = hasUtf8Bom(bytes) ? 3 : 0;
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        String text;
        try {
            text = decoder.decode(ByteBuffer.wrap(bytes, start, bytes.length - start)).toString();
        } catch (CharacterCodingException e) {
            int badOffset = firstMalformedOffset(bytes, start);
            throw new PlanParseException(source, lineOfByte(bytes, badOffset),
                    "not UTF-8 text (byte 0x" + String.format("%02X", bytes[badOffset] & 0xFF) + " at offset " + badOffset
                            + "): " + whatItIs(bytes, badOffset), e);
        }
        if (text.isBlank()) {
            throw new PlanParseException(source, 1, "the file is empty");
        }
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (hasControlCharacter(lines.get(i))) {
                throw new PlanParseException(source, i + 1, "binary content (control characters), not plan text");
            }
        }
        return new PlanText(source, lines);
    }

    /**
     * One precise reason for bytes that are not UTF-8: UTF-16 (with or without its byte-order mark), cut off
     * mid-character, GBK, or not text at all. A guess at an encoding counts only if the whole file decodes in it to
     * Chinese text without control characters, which random bytes and other encodings practically never do.
     */
    private static String whatItIs(byte[] bytes, int badOffset) {
        if (bytes.length >= 2 && ((bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE
                || (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF)) {
            return "the file is UTF-16 text; save the plan as UTF-8";
        }
        if (bytes.length - badOffset < 4 && isUtf8LeadByte(bytes[badOffset])) {
            return "the file ends inside a character, so it was cut off (truncated); use the complete file";
        }
        if (decodesStrictly(bytes, Charset.forName("GB18030"))) {
            return "the file looks GBK/GB18030-encoded; save the plan as UTF-8";
        }
        // After GBK: a GBK file may decode as UTF-16 by chance; UTF-16 text never decodes as GBK (its NUL bytes).
        if (decodesStrictly(bytes, StandardCharsets.UTF_16LE) || decodesStrictly(bytes, StandardCharsets.UTF_16BE)) {
            return "the file is UTF-16 text (without a byte-order mark); save the plan as UTF-8";
        }
        return "binary content, not plan text";
    }

    private static boolean isUtf8LeadByte(byte b) {
        return (b & 0xE0) == 0xC0 || (b & 0xF0) == 0xE0 || (b & 0xF8) == 0xF0;
    }

    private static boolean decodesStrictly(byte[] bytes, Charset charset) {
        try {
            String text = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)
                    && !hasControlCharacter(text.replace("\n", "").replace("\r", ""));
        } catch (CharacterCodingException notThisCharset) {
            return false;
        }
    }

    private static boolean hasUtf8Bom(byte[] bytes) {
        return bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF;
    }

    private static boolean hasControlCharacter(String line) {
        return line.chars().anyMatch(c -> c < 0x20 && c != '\t' || c == 0x7F || c == 0xFFFD);
    }

    private static int firstMalformedOffset(byte[] bytes, int start) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        decoder.decode(in, out, true);
        return Math.min(in.position(), bytes.length - 1);
    }

    private static int lineOfByte(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }
}
