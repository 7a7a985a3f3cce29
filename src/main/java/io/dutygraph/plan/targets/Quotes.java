package io.dutygraph.plan.targets;

import java.util.ArrayList;
import java.util.List;

/** The quoted spans of a text (“…”, "…", 「…」, 『…』): names and slogans, whose figures are no targets. */
final class Quotes {

    private static final String OPENING = "“\"「『";
    private static final String CLOSING = "”\"」』";

    private Quotes() {
    }

    /** Each span as {start, end}: the offsets of its opening and closing marks (an unclosed quote runs to the end). */
    static List<int[]> spans(String text) {
        List<int[]> spans = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            int kind = OPENING.indexOf(text.charAt(i));
            if (kind < 0) {
                i++;
                continue;
            }
            int close = text.indexOf(CLOSING.charAt(kind), i + 1);
            int end = close < 0 ? text.length() : close;
            spans.add(new int[] {i, end});
            i = end + 1;
        }
        return spans;
    }
}
