package io.dutygraph.plan.reading;

import io.dutygraph.plan.Names;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** The table's footnote ({@code 注:…}, also {@code (注:…)}): where a plan says what its marks mean. */
final class Footnotes {

    private static final Pattern FOOTNOTE = Pattern.compile("^\\(?注\\s*:");
    /** A table's notes row: 备注 or 说明 in a cell of its own, the note beside it (also 备注:…). */
    private static final Pattern NOTES_ROW = Pattern.compile("^(?:备注|说明|注)(?:\\s*:|\\s+\\S)");

    private Footnotes() {
    }

    static boolean isFootnote(String line) {
        return FOOTNOTE.matcher(Names.fold(line).strip()).find();
    }

    /** Whether a table row's text (its cells joined with spaces) is a footnote or a notes row. */
    static boolean isNote(String rowText) {
        String folded = Names.fold(rowText).strip();
        return isFootnote(folded) || NOTES_ROW.matcher(folded).find();
    }

    /** The first footnote or notes row among the lines, stripped. */
    static Optional<String> first(List<String> lines) {
        return lines.stream().filter(Footnotes::isNote).map(String::strip).findFirst();
    }
}
