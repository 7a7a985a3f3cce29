package io.dutygraph.plan.reading;

import io.dutygraph.plan.Names;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** The table's footnote ({@code 注:…}, also {@code (注:…)}): where a plan says what its marks mean. */
final class Footnotes {

    private static final Pattern FOOTNOTE = Pattern.compile("^\\(?注\\s*:");

    private Footnotes() {
    }

    static boolean isFootnote(String line) {
        return FOOTNOTE.matcher(Names.fold(line).strip()).find();
    }

    /** The first footnote among the lines, stripped. */
    static Optional<String> first(List<String> lines) {
        return lines.stream().filter(Footnotes::isFootnote).map(String::strip).findFirst();
    }
}
