package io.dutygraph.plan.reading;

import io.dutygraph.plan.Diagnostic;
import io.dutygraph.plan.DiagnosticCode;
import io.dutygraph.plan.LoadOptions;
import io.dutygraph.plan.Names;
import io.dutygraph.plan.ParsedPlan;
import io.dutygraph.plan.ParsedTask;
import io.dutygraph.plan.PlanMetadata;
import io.dutygraph.plan.PlanParseException;
import io.dutygraph.plan.Unit;
import io.dutygraph.plan.units.UnitDirectories;
import io.dutygraph.plan.units.UnitDirectory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a plan document in the flattened-table format (see DOMAIN.md): metadata before the table, the table's
 * rows, and the footnote that closes it. What follows the footnote (the hosting site's boilerplate) is ignored.
 */
public final class PlanParser {

    private static final List<String> HEADER = List.of("序号", "项目", "重点工作目标任务", "牵头领导", "责任单位");
    private static final Pattern DATA_PROVIDERS = Pattern.compile("([^,;。:]+?)主要负责提供数据");

    private final UnitDirectories directories;

    /** A parser using one directory whatever the plan's jurisdiction (tests, synthetic plans). */
    public PlanParser(UnitDirectory directory) {
        this(UnitDirectories.everywhere(directory));
    }

    /** A parser choosing the unit directory of each plan's jurisdiction. */
    public PlanParser(UnitDirectories directories) {
        this.directories = directories;
    }

    /** Reads a plan file of any supported type (text, .xlsx, .xls, .docx, .html) in the layout its content shows. */
    public ParsedPlan parse(Path file) {
        return parse(PlanSource.read(file), Optional.empty(), LoadOptions.NONE);
    }

    /** Reads a plan file of any supported type; the options' jurisdiction and year win over the document's. */
    public ParsedPlan parse(Path file, LoadOptions options) {
        return parse(PlanSource.read(file), Optional.empty(), options);
    }

    /** Reads a plan file of any supported type; a text file in the given layout, when one is given. */
    public ParsedPlan parse(PlanSource source, Optional<Layout> layout) {
        return parse(source, layout, LoadOptions.NONE);
    }

    /** Reads a plan file of any supported type, with what the loader states about it (jurisdiction, year). */
    public ParsedPlan parse(PlanSource source, Optional<Layout> layout, LoadOptions options) {
        PlanDocument document = PlanDocuments.read(source);
        if (document.tables().isEmpty()) {
            return parse(new PlanText(document.source(), document.textLines()), layout, options);
        }
        if (layout.isPresent() && layout.get() != Layout.TABLE_FILE) {
            throw new PlanParseException(source.name(), 1, "a " + source.type() + " file holds tables: its layout is "
                    + Layout.TABLE_FILE + ", not " + layout.get());
        }
        return new OtherLayouts(directories, options).parse(document);
    }

    /** Reads a plan in the layout its content shows. */
    public ParsedPlan parse(PlanText text) {
        return parse(text, Optional.empty(), LoadOptions.NONE);
    }

    /** Reads a plan; the options' jurisdiction and year win over the document's. */
    public ParsedPlan parse(PlanText text, LoadOptions options) {
        return parse(text, Optional.empty(), options);
    }

    /** Reads a plan in the given layout (or the one its content shows), with what the loader states about it. */
    public ParsedPlan parse(PlanText text, Optional<Layout> layout, LoadOptions options) {
        boolean flattened = layout.map(l -> l == Layout.FLATTENED_TABLE).orElse(findHeader(text.lines()) >= 0);
        return flattened ? parseFlattenedTable(text, options) : new OtherLayouts(directories, options).parse(text, layout);
    }

    private ParsedPlan parseFlattenedTable(PlanText text, LoadOptions options) {
        List<String> lines = text.lines();
        String source = text.source();
        int headerIndex = findHeader(lines);
        if (headerIndex < 0) {
            throw new PlanParseException(source, 1, "no task table found: expected a header row "
                    + String.join(" | ", HEADER) + " (is this a task-decomposition plan?)");
        }
        int footnoteIndex = findFootnote(source, lines, headerIndex);
        List<Diagnostic> diagnostics = new ArrayList<>();
        String footnote = lines.get(footnoteIndex).strip();

        PlanMetadata info = new MetadataReader(source, lines.subList(0, headerIndex), diagnostics::add, options)
                .read(footnote);
        UnitDirectory directory = directories.of(info.jurisdiction());
        UnitCellReader unitReader = new UnitCellReader(directory, dataProviders(directory, footnote), diagnostics::add);
        int tableStart = headerIndex + 2 * HEADER.size();
        List<TableToken> tokens = TableTokenizer.tokenize(lines, tableStart, footnoteIndex);
        if (tokens.stream().noneMatch(TableToken.Cell.class::isInstance)) {
            throw new PlanParseException(source, headerIndex + 1, "the table has a header but no rows");
        }
        TableParser table = new TableParser(source, tokens, unitReader, diagnostics::add);
        table.parse();
        List<ParsedTask> tasks = table.tasks();
        if (tasks.isEmpty()) {
            throw new PlanParseException(source, tableStart + 1, "the table holds no numbered task (N.text)");
        }
        checkTaskNumbers(tasks, info, lines, diagnostics);
        diagnostics.sort(Comparator.comparingInt(Diagnostic::line));
        return new ParsedPlan(info, table.chapters(), table.sections(), tasks, unitReader.unitsInPlan(), diagnostics);
    }

    private static int findHeader(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            if (Names.withoutSpaces(lines.get(i)).equals(HEADER.get(0)) && isHeaderRow(lines, i)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isHeaderRow(List<String> lines, int start) {
        for (int cell = 0; cell < HEADER.size(); cell++) {
            int index = start + 2 * cell;
            if (index + 1 >= lines.size() || !Names.withoutSpaces(lines.get(index)).equals(HEADER.get(cell))
                    || !Names.withoutSpaces(lines.get(index + 1)).equals("|")) {
                return false;
            }
        }
        return true;
    }

    private static int findFootnote(String source, List<String> lines, int headerIndex) {
        for (int i = headerIndex; i < lines.size(); i++) {
            if (Footnotes.isFootnote(lines.get(i))) {
                return i;
            }
        }
        throw new PlanParseException(source, lines.size(), "the table is not closed by its footnote (注:…) and "
                + "ends at the last line: the file looks truncated");
    }

    /** The units a footnote names as mainly providing data ({@code 区统计局、吴江海关主要负责提供数据}). */
    static Set<String> dataProviders(UnitDirectory directory, String footnote) {
        Set<String> providers = new LinkedHashSet<>();
        Matcher matcher = DATA_PROVIDERS.matcher(Names.fold(footnote));
        if (matcher.find()) {
            for (String name : matcher.group(1).split("、")) {
                String spelling = Names.withoutSpaces(name);
                providers.add(directory.lookup(spelling).map(Unit::name).orElse(spelling));
            }
        }
        return providers;
    }

    private static void reportGap(long from, long to, ParsedTask task, List<Diagnostic> diagnostics) {
        if (from > to) {
            return;
        }
        String numbers = from == to ? "task number " + from + " is" : "task numbers " + from + "–" + to + " are";
        diagnostics.add(new Diagnostic(DiagnosticCode.TASK_NUMBER_MISSING, task.line(),
                numbers + " missing before task " + task.number()));
    }

    static void checkTaskNumbers(List<ParsedTask> tasks, PlanMetadata info, List<String> lines,
            List<Diagnostic> diagnostics) {
        TreeSet<Integer> seen = new TreeSet<>();
        int previous = 0;
        for (ParsedTask task : tasks) {
            if (!seen.add(task.number())) {
                diagnostics.add(new Diagnostic(DiagnosticCode.TASK_NUMBER_DUPLICATE, task.line(),
                        "task number " + task.number() + " appears more than once"));
            } else if (task.number() < previous) {
                diagnostics.add(new Diagnostic(DiagnosticCode.TASK_NUMBER_OUT_OF_ORDER, task.line(),
                        "task " + task.number() + " follows task " + previous));
            }
            previous = Math.max(previous, task.number());
        }
        // Gaps are reported as ranges, read off the sorted set of numbers present: a stray huge number costs
        // one diagnostic, not one per missing number.
        long expected = 1;
        for (ParsedTask task : tasks) {
            if (task.number() > expected) {
                long from = expected;
                for (int present : seen.subSet((int) expected, task.number())) {
                    reportGap(from, present - 1L, task, diagnostics);
                    from = present + 1L;
                }
                reportGap(from, task.number() - 1L, task, diagnostics);
            }
            expected = Math.max(expected, task.number() + 1L);
        }
        if (info.declaredTaskCount() != null && info.declaredTaskCount() != tasks.size()) {
            int countLine = MetadataReader.declaredCountLine(lines);
            diagnostics.add(new Diagnostic(DiagnosticCode.TASK_COUNT_MISMATCH, countLine, "the plan declares "
                    + info.declaredTaskCount() + " tasks but the table holds " + tasks.size()));
        }
    }
}
