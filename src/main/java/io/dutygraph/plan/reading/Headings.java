package io.dutygraph.plan.reading;

import io.dutygraph.plan.Names;
import io.dutygraph.plan.SourceLocation;
import io.dutygraph.plan.reading.PlanRecord.Heading;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Headings above tasks, in any layout: {@code 一、title} (a chapter), {@code (一)title} (a section), with the
 * officials some plans name in them: {@code …(牵头领导:成坤、柯相国、王俊)} or {@code 李丹常委、常务副区长牵头重点工作}.
 */
final class Headings {

    private static final Pattern CHAPTER = Pattern.compile("^([一二三四五六七八九十]+)、\\s*(.*)$");
    private static final Pattern SECTION = Pattern.compile("^\\(([一二三四五六七八九十]+)\\)\\s*(.*)$");
    private static final Pattern LEADERS_IN_BRACKETS = Pattern.compile("^(.*?)\\((?:牵头领导|责任领导|分管领导):([^)]*)\\)\\s*$");
    private static final Pattern LEADERS_LEAD = Pattern.compile("^(.+?)牵头(?:的)?(?:重点工作|工作|事项)?$");

    private static final Pattern NUMBERED_SECTION = Pattern.compile("^(\\d{1,2})[.、]\\s*(\\D.*)$", Pattern.DOTALL);

    private Headings() {
    }

    /**
     * A table row that is one cell across the table's width, numbered like a task ({@code 1.主要预期目标}): a section
     * heading, as a task has cells for its units.
     */
    static Optional<Heading> numberedSection(String text, SourceLocation location) {
        Matcher section = NUMBERED_SECTION.matcher(Names.fold(text).strip());
        return section.matches() ? Optional.of(heading(2, section.group(1), section.group(2), location))
                : Optional.empty();
    }

    /** The heading a line or cell is, if it is one. */
    static Optional<Heading> of(String text, SourceLocation location) {
        String folded = Names.fold(text).strip();
        Matcher chapter = CHAPTER.matcher(folded);
        if (chapter.matches()) {
            return Optional.of(heading(1, chapter.group(1), chapter.group(2), location));
        }
        Matcher section = SECTION.matcher(folded);
        if (section.matches()) {
            return Optional.of(heading(2, section.group(1), section.group(2), location));
        }
        return Optional.empty();
    }

    private static Heading heading(int level, String numeral, String rest, SourceLocation location) {
        Matcher bracketed = LEADERS_IN_BRACKETS.matcher(rest);
        if (bracketed.matches()) {
            return new Heading(level, numeral, bracketed.group(1).strip(), OfficialNames.split(bracketed.group(2)),
                    location);
        }
        Matcher leading = LEADERS_LEAD.matcher(rest);
        if (leading.matches()) {
            List<String> names = OfficialNames.split(leading.group(1));
            if (!names.isEmpty() && names.stream().allMatch(name -> name.matches("[\\p{IsHan}·]{2,4}"))) {
                return new Heading(level, numeral, rest.strip(), names, location);
            }
        }
        return new Heading(level, numeral, rest.strip(), List.of(), location);
    }
}
