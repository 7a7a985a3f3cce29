package io.dutygraph.plan;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one set of spelling rules for names and for the structure around them. Copies of plans use half-width
 * ({@code , ( ) : . 1}) or full-width ({@code ， （ ） ： ． １}) punctuation and digits, and pad names to a fixed width
 * ({@code 钱 宇} is 钱宇); the structure is read from a folded form, while texts are kept as written.
 */
public final class Names {

    // One character for one, so a position in the folded form is the same position in the text as written.
    private static final String FULL_WIDTH = "，（）：．｜　；［］％／０１２３４５６７８９";
    private static final String HALF_WIDTH = ",():.| ;[]%/0123456789";
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern CAPACITY = Pattern.compile("^(.+?)\\((.+)\\)$");

    private Names() {
    }

    /** Full-width punctuation, digits and the ideographic space folded to their half-width forms. */
    public static String fold(String text) {
        StringBuilder folded = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int index = FULL_WIDTH.indexOf(c);
            folded.append(index >= 0 ? HALF_WIDTH.charAt(index) : c);
        }
        return folded.toString();
    }

    /** Folded, with all whitespace removed. */
    public static String withoutSpaces(String text) {
        return WHITESPACE.matcher(fold(text)).replaceAll("");
    }

    /**
     * A name as written split into the name and the capacity in parentheses after it:
     * {@code 区委组织部（人才办）} → 区委组织部 + 人才办. The name is folded and without spaces.
     */
    public static Spelling spelling(String asWritten) {
        String folded = withoutSpaces(asWritten);
        Matcher capacity = CAPACITY.matcher(folded);
        return capacity.matches() ? new Spelling(capacity.group(1), capacity.group(2)) : new Spelling(folded, null);
    }

    /** The form two spellings of the same name share: without spaces, folded, without a capacity. */
    public static String matchingKey(String name) {
        return spelling(name).name();
    }

    /** A name and the capacity written after it in parentheses (null when none). */
    public record Spelling(String name, String capacity) {
    }

    /** Longest stretch of a user's input an error message quotes back. */
    public static final int SHOWN_LENGTH = 40;

    /**
     * A user-given string as a message quotes it: at most {@value #SHOWN_LENGTH} characters (then how long it was),
     * control characters and line breaks escaped, so an error or log line stays one short line.
     */
    public static String shown(String input) {
        if (input == null) {
            return "null";
        }
        int length = input.codePointCount(0, input.length());
        String head = length <= SHOWN_LENGTH ? input : input.substring(0, input.offsetByCodePoints(0, SHOWN_LENGTH));
        StringBuilder escaped = new StringBuilder();
        head.codePoints().forEach(c -> escaped.append(Character.isISOControl(c) || c == 0x2028 || c == 0x2029
                ? String.format("\\u%04x", c) : Character.toString(c)));
        return length <= SHOWN_LENGTH ? escaped.toString() : escaped + "… (" + length + " characters)";
    }
}
