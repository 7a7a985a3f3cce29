package io.dutygraph.plan;

/**
 * Copies of plans use half-width ({@code , ( ) : .}) or full-width ({@code ， （ ） ： ．}) punctuation; the
 * structure is read from a form with both folded to half-width, while texts are kept as written.
 */
final class Punctuation {

    private static final String FULL_WIDTH = "，（）：．｜　";
    private static final String HALF_WIDTH = ",():.| ";

    private Punctuation() {
    }

    static String fold(String text) {
        StringBuilder folded = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int index = FULL_WIDTH.indexOf(c);
            folded.append(index >= 0 ? HALF_WIDTH.charAt(index) : c);
        }
        return folded.toString();
    }

    /** Removes all whitespace, as names are padded to a fixed width ({@code 钱 宇} is 钱宇). */
    static String withoutSpaces(String text) {
        return fold(text).replaceAll("\\s+", "");
    }
}
