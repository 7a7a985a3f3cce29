package io.dutygraph.plan.reading;

import io.dutygraph.plan.PlanParseException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
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
                            + "); a GBK-encoded plan must be saved as UTF-8 first", e);
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
