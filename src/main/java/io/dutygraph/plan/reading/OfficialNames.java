package io.dutygraph.plan.reading;

import io.dutygraph.plan.Names;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Official names in a leader cell, label or heading: separated by 、 , ; or line breaks, padding spaces removed
 * ({@code 钱 宇} → 钱宇), job titles after a name dropped ({@code 李丹常委、常务副区长} → 李丹).
 */
final class OfficialNames {

    private static final Pattern SEPARATORS = Pattern.compile("[、,;/\\n]");
    /** Whole names side by side, separated by spaces: 钱宇 方勇 (a single character each side is padding: 钱 宇). */
    private static final Pattern SPACED_NAMES = Pattern.compile("^[\\p{IsHan}·]{2,4}(?:\\s+[\\p{IsHan}·]{2,4})+$");
    /** A job title in brackets after a name: 钱宇（副区长）. */
    private static final Pattern TITLE_IN_BRACKETS = Pattern.compile("\\([^)]*\\)");
    private static final String TITLES = "(?:区长|副区长|常务副区长|县长|副县长|常务副县长|市长|副市长|常务副市长|省长|副省长|"
            + "书记|副书记|常委|主任|副主任|秘书长|副秘书长|部长|局长|同志)";
    private static final Pattern NAME_WITH_TITLES = Pattern.compile("^([\\p{IsHan}·]{2,4}?)" + TITLES + "+$");
    private static final Pattern ONLY_TITLES = Pattern.compile("^" + TITLES + "+$");
    private static final Pattern TITLES_WITH_NAME = Pattern.compile("^" + TITLES + "+([\\p{IsHan}·]{2,4})$");

    private static final Pattern PADDED_PAIR = Pattern.compile("\\p{IsHan} \\p{IsHan}");
    private static final Pattern PADDED_PAIRS = Pattern.compile("^(?:\\p{IsHan} \\p{IsHan}){2,}$");

    private OfficialNames() {
    }

    /** The pieces between separators; two-character names padded to width and run together split apart. */
    private static List<String> pieces(String text) {
        List<String> pieces = new ArrayList<>();
        for (String piece : SEPARATORS.split(Names.fold(text))) {
            String stripped = piece.strip();
            if (SPACED_NAMES.matcher(stripped).matches() && !PADDED_PAIRS.matcher(stripped).matches()) {
                pieces.addAll(List.of(stripped.split("\\s+")));
            } else if (PADDED_PAIRS.matcher(stripped).matches()) {
                // 陆 明俞 悦 is 陆 明 and 俞 悦: each name padded to the cell's width, the separator lost.
                Matcher pair = PADDED_PAIR.matcher(stripped);
                while (pair.find()) {
                    pieces.add(pair.group());
                }
            } else {
                pieces.add(stripped);
            }
        }
        return pieces;
    }

    /** Whether a cell names only job titles (常务副区长) where officials' names should be. */
    static boolean namesOnlyTitles(String text) {
        return !text.isBlank() && split(text).isEmpty()
                && pieces(text).stream().anyMatch(piece -> !Names.withoutSpaces(piece).isEmpty());
    }

    static List<String> split(String text) {
        List<String> names = new ArrayList<>();
        for (String piece : pieces(text)) {
            String name = TITLE_IN_BRACKETS.matcher(Names.withoutSpaces(piece)).replaceAll("").replaceAll("[。.]+$", "");
            if (name.isEmpty() || ONLY_TITLES.matcher(name).matches()) {
                continue;
            }
            Matcher withTitles = NAME_WITH_TITLES.matcher(name);
            Matcher titlesFirst = TITLES_WITH_NAME.matcher(name);
            names.add(withTitles.matches() ? withTitles.group(1) : titlesFirst.matches() ? titlesFirst.group(1) : name);
        }
        return names;
    }
}
