package io.dutygraph.plan.reading;

import io.dutygraph.plan.Diagnostic;
import io.dutygraph.plan.DiagnosticCode;
import io.dutygraph.plan.Names;
import io.dutygraph.plan.SourceLocation;
import io.dutygraph.plan.reading.PlanRecord.LeaderCell;
import io.dutygraph.plan.reading.PlanRecord.Task;
import io.dutygraph.plan.reading.TextLayouts.Reading;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Plans written as running text: numbered task paragraphs under {@code 一、} and {@code (一)} headings, whose
 * officials and units are labelled either in a bracket closing the paragraph
 * ({@code …。[牵头单位:区卫健局;责任单位:…]}, also round brackets) or on lines after it ({@code 牵头负责领导:金力。}).
 */
final class LabelledTasks {

    private static final Pattern TASK = Pattern.compile("^\\(?(\\d{1,4})(?:\\s*[、.]|\\))\\s*(\\S.*)$");
    private static final Pattern LABEL_LINE = Pattern.compile("^([^:]{2,16}):(.*)$");
    private static final Pattern BRACKET_START = Pattern.compile(
            "[\\[(【](?=\\s*(?:责任领导|牵头领导|分管领导|牵头单位|主要责任单位|责任单位|配合单位|牵头部门|配合部门)\\s*:)");

    private LabelledTasks() {
    }

    static Optional<Reading> bracketed(String source, List<String> lines, Consumer<Diagnostic> diagnostics) {
        List<PlanRecord> records = new ArrayList<>();
        int first = -1;
        for (int i = 0; i < lines.size(); i++) {
            String line = Names.fold(lines.get(i)).strip();
            SourceLocation location = SourceLocation.line(source, i + 1);
            Matcher task = TASK.matcher(line);
            Matcher bracket = BRACKET_START.matcher(line);
            int open = -1;
            while (bracket.find()) {
                open = bracket.start();
            }
            if (task.matches() && open > 0 && (line.endsWith("]") || line.endsWith(")") || line.endsWith("】"))) {
                first = first < 0 ? i : first;
                String written = asWritten(lines.get(i), task.start(2), open).strip();
                Map<Column, String> labels = labels(line.substring(open + 1, line.length() - 1).split("[;；]"));
                records.add(task(Integer.valueOf(task.group(1)), written, labels, location));
            } else if (first >= 0 && task.matches()) {
                diagnostics.accept(new Diagnostic(DiagnosticCode.ROW_INCOMPLETE, i + 1, "task " + task.group(1)
                        + " is not closed by its bracketed labels ([牵头单位:…]); it is not read"));
            } else if (first >= 0 || Headings.of(line, location).isPresent() && hasBracketedTaskAfter(lines, i)) {
                first = first < 0 ? i : first;
                Headings.of(line, location).ifPresent(records::add);
            }
        }
        return first < 0 ? Optional.empty() : Optional.of(new Reading(Layout.BRACKET_LABELS, first, records));
    }

    static Optional<Reading> labelLines(String source, List<String> lines, Consumer<Diagnostic> diagnostics) {
        List<PlanRecord> records = new ArrayList<>();
        int first = -1;
        Integer number = null;
        String text = null;
        SourceLocation location = null;
        Map<Column, String> labels = new EnumMap<>(Column.class);
        for (int i = 0; i <= lines.size(); i++) {
            String line = i < lines.size() ? Names.fold(lines.get(i)).strip() : "";
            Matcher task = TASK.matcher(line);
            Matcher label = LABEL_LINE.matcher(line);
            boolean isLabel = label.matches() && isLabelWord(label.group(1));
            if (isLabel && text != null) {
                labels.put(Column.of(label.group(1)), label.group(2).strip());
                first = first < 0 ? location.line() - 1 : first;
            } else if (i == lines.size() || task.matches() || Headings.of(line, SourceLocation.line(source, i + 1)).isPresent()) {
                if (text != null && !labels.isEmpty()) {
                    records.add(task(number, text, labels, location));
                }
                text = task.matches() ? asWritten(lines.get(i), task.start(2), task.end(2)) : null;
                number = task.matches() ? Integer.valueOf(task.group(1)) : null;
                location = SourceLocation.line(source, i + 1);
                labels = new EnumMap<>(Column.class);
                if (!task.matches() && i < lines.size()) {
                    Headings.of(line, location).ifPresent(records::add);
                }
            }
        }
        if (first < 0) {
            return Optional.empty();
        }
        List<PlanRecord> kept = withoutProseHeadings(records);
        return Optional.of(new Reading(Layout.LABEL_LINES, kept.get(0).location().line() - 1,
                dropCutOff(kept, diagnostics)));
    }

    /** Headings in the notice before the table: a heading before the first task followed by another of its level. */
    private static List<PlanRecord> withoutProseHeadings(List<PlanRecord> records) {
        List<PlanRecord> kept = new ArrayList<>(records);
        while (kept.size() > 1 && kept.get(0) instanceof PlanRecord.Heading heading
                && kept.get(1) instanceof PlanRecord.Heading next && next.level() <= heading.level()) {
            kept.remove(0);
        }
        return kept;
    }

    /** The last task lacks a label every other task has, or a label's value is empty: the document is cut off. */
    private static List<PlanRecord> dropCutOff(List<PlanRecord> records, Consumer<Diagnostic> diagnostics) {
        List<Task> tasks = records.stream().filter(Task.class::isInstance).map(Task.class::cast).toList();
        if (tasks.size() < 2) {
            return records;
        }
        Task last = tasks.get(tasks.size() - 1);
        Task before = tasks.get(tasks.size() - 2);
        boolean cutOff = present(last) < present(before) || blank(last.leadUnits()) && !blank(before.leadUnits())
                || blank(last.units()) && !blank(before.units());
        if (!cutOff) {
            return records;
        }
        diagnostics.accept(new Diagnostic(DiagnosticCode.ROW_INCOMPLETE, last.location().line(), "task "
                + last.number() + " lacks labels the tasks before it have: the document looks cut off; it is not read"));
        List<PlanRecord> kept = new ArrayList<>(records);
        kept.remove(last);
        return kept;
    }

    private static int present(Task task) {
        int count = task.leaders().state() == LeaderCell.State.WRITTEN ? 1 : 0;
        for (String value : new String[] {task.leadUnits(), task.supportUnits(), task.units()}) {
            count += blank(value) ? 0 : 1;
        }
        return count;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static boolean hasBracketedTaskAfter(List<String> lines, int from) {
        for (int i = from + 1; i < Math.min(lines.size(), from + 4); i++) {
            if (BRACKET_START.matcher(Names.fold(lines.get(i))).find()) {
                return true;
            }
        }
        return false;
    }

    /** A stretch of a line as written, by positions in its folded form (folding maps one character to one). */
    private static String asWritten(String line, int start, int end) {
        return line.strip().substring(start, end);
    }

    private static boolean isLabelWord(String word) {
        Column column = Column.of(word);
        return column == Column.LEADERS || column == Column.LEAD_UNITS || column == Column.SUPPORT_UNITS
                || column == Column.UNITS;
    }

    private static Map<Column, String> labels(String[] pairs) {
        Map<Column, String> labels = new EnumMap<>(Column.class);
        for (String pair : pairs) {
            int colon = pair.indexOf(':');
            if (colon > 0) {
                labels.merge(Column.of(pair.substring(0, colon)), pair.substring(colon + 1).strip(), (a, b) -> a + "、" + b);
            }
        }
        return labels;
    }

    private static Task task(Integer number, String text, Map<Column, String> labels, SourceLocation location) {
        String leaders = labels.get(Column.LEADERS);
        String units = labels.get(Column.UNITS);
        String lead = labels.get(Column.LEAD_UNITS);
        String support = labels.get(Column.SUPPORT_UNITS);
        if (lead != null && units != null) {
            support = support == null ? units : support + "、" + units;
            units = null;
        }
        LeaderCell leaderCell = leaders == null ? LeaderCell.absent() : LeaderCell.written(leaders, location);
        return new Task(number, TaskTexts.clean(text), leaderCell, lead, support, units, location, location);
    }
}
