package io.dutygraph.plan.reading;

import io.dutygraph.plan.Diagnostic;
import io.dutygraph.plan.DiagnosticCode;
import io.dutygraph.plan.LoadOptions;
import io.dutygraph.plan.ParsedPlan;
import io.dutygraph.plan.ParsedTask;
import io.dutygraph.plan.PlanMetadata;
import io.dutygraph.plan.PlanParseException;
import io.dutygraph.plan.SourceLocation;
import io.dutygraph.plan.units.UnitDirectories;
import io.dutygraph.plan.units.UnitDirectory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Reads a plan in any layout but the Wujiang flattened table: the layout reader recovers records, the shared
 * assembly builds the plan. The unit directory applies only to the jurisdiction it describes; elsewhere units are
 * the names as written.
 */
final class OtherLayouts {


    private final UnitDirectories directories;
    private final LoadOptions options;

    OtherLayouts(UnitDirectories directories, LoadOptions options) {
        this.directories = directories;
        this.options = options;
    }

    ParsedPlan parse(PlanText text, Optional<Layout> layout) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        TextLayouts.Reading reading = TextLayouts.read(text.source(), text.lines(), layout, diagnostics::add);
        return assemble(text.source(), text.lines().subList(0, reading.tableStartLine()), text.lines(), reading,
                diagnostics);
    }

    /**
     * A workbook, .docx or HTML plan: the first table with a header row, metadata from the text around it, and the
     * heading just above the table (a paragraph or a sheet row) opening it.
     */
    ParsedPlan parse(PlanDocument document) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        int index = IntStream.range(0, document.tables().size())
                .filter(i -> GridReader.headerRow(document.tables().get(i)) >= 0).findFirst()
                .orElseThrow(() -> new PlanParseException(document.source(), 1, "none of the document's "
                        + document.tables().size() + " table(s) has a header row (序号, 重点工作, 牵头单位, 责任单位 …)"));
        Grid table = document.tables().get(index);
        int header = GridReader.headerRow(table);
        List<String> textBefore = new ArrayList<>(document.textLines());
        table.rows().subList(0, header).forEach(row -> textBefore.add(rowText(row)));
        List<String> allText = new ArrayList<>(textBefore);
        table.rows().subList(header, table.rows().size()).forEach(row -> allText.add(rowText(row)));
        GridReader reader = new GridReader(diagnostics::add);
        List<PlanRecord> records = new ArrayList<>(HeadingAbove.opening(
                HeadingAbove.find(linesAbove(document, index, header)), reader.read(table)));
        Set<String> tablesRead = new HashSet<>(Set.of(table.name()));
        for (ContinuedTables.Continuation continuation : ContinuedTables.after(document, index, reader)) {
            records.addAll(continuation.records());
            continuation.table().rows().forEach(row -> allText.add(rowText(row)));
            tablesRead.add(continuation.table().name());
        }
        reportOtherTaskTables(document, index, tablesRead, diagnostics);
        TextLayouts.Reading reading = new TextLayouts.Reading(Layout.TABLE_FILE,
                table.rows().get(header).location().line(), records);
        return assemble(document.source(), textBefore, allText, reading, diagnostics);
    }

    /**
     * Each further table with a task table's header row that does not continue the one read (another header): not
     * read, and said so, as its tasks would be lost without a word.
     */
    private static void reportOtherTaskTables(PlanDocument document, int read, Set<String> tablesRead,
            List<Diagnostic> diagnostics) {
        for (int i = read + 1; i < document.tables().size(); i++) {
            Grid other = document.tables().get(i);
            int header = GridReader.headerRow(other);
            if (header >= 0 && !tablesRead.contains(other.name())) {
                SourceLocation at = other.rows().get(header).location();
                diagnostics.add(new Diagnostic(DiagnosticCode.TABLE_NOT_READ, at.line(), other.name() + " (" + at
                        + ") has a task table's header row of other columns and was not read: DutyGraph reads the first "
                        + "task table of a document (" + document.tables().get(read).name() + ") and the tables "
                        + "continuing it; join the tables into one, or load each as a file of its own"));
            }
        }
    }

    /**
     * What is written above a table's header row: the document's paragraphs before the table ({@code paragraph N},
     * counted in the document's text outside tables), then the table's rows before its header.
     */
    private static List<HeadingAbove.Line> linesAbove(PlanDocument document, int table, int header) {
        List<HeadingAbove.Line> lines = new ArrayList<>();
        List<String> paragraphs = document.textBefore(table);
        for (int i = 0; i < paragraphs.size(); i++) {
            lines.add(new HeadingAbove.Line(paragraphs.get(i),
                    SourceLocation.cell(document.source(), i + 1, "paragraph " + (i + 1))));
        }
        document.tables().get(table).rows().subList(0, header).forEach(row -> lines.add(
                new HeadingAbove.Line(rowText(row), row.location())));
        return lines;
    }

    private static String rowText(Grid.Row row) {
        return ContinuedTables.text(row);
    }

    /**
     * The plan from a layout's records: metadata from the text before the table, data providers from the footnote,
     * units through the jurisdiction's directory.
     */
    ParsedPlan assemble(String source, List<String> textBefore, List<String> allText, TextLayouts.Reading reading,
            List<Diagnostic> diagnostics) {
        PlanMetadata metadata = metadata(source, textBefore, diagnostics);
        UnitDirectory directoryInUse = directories.of(metadata.jurisdiction());
        String footnote = Footnotes.first(allText).orElse("");
        UnitListReader units = new UnitListReader(directoryInUse, PlanParser.dataProviders(directoryInUse, footnote),
                diagnostics::add);
        RecordAssembler assembler = new RecordAssembler(units, diagnostics::add);
        assembler.assemble(reading.records());
        List<ParsedTask> tasks = assembler.tasks();
        if (tasks.isEmpty()) {
            // A table whose only row is cut off (an excerpt, a damaged file) is a plan with no task, said so.
            diagnostics.add(new Diagnostic(DiagnosticCode.TASK_NOT_READ, reading.tableStartLine() + 1,
                    "the table (" + reading.layout() + ") holds no complete task row"));
        }
        PlanParser.checkTaskNumbers(tasks, metadata, allText, diagnostics);
        diagnostics.sort(Comparator.comparingInt(Diagnostic::line));
        return new ParsedPlan(metadata, assembler.chapters(), assembler.sections(), tasks, units.unitsInPlan(),
                diagnostics);
    }

    /** The Wujiang form's metadata, with title and date from the notice where that form finds none. */
    private PlanMetadata metadata(String source, List<String> lines, List<Diagnostic> diagnostics) {
        List<Diagnostic> found = new ArrayList<>();
        PlanMetadata read = new MetadataReader(source, lines, found::add, options).read(null);
        String title = read.title() != null ? read.title() : NoticeMetadata.title(lines).orElse(null);
        LocalDate date = read.date() != null ? read.date() : NoticeMetadata.date(lines).orElse(null);
        // The title's year is the plan's year, before the date's (a plan for 2019 may be issued in December 2018).
        Integer year = options.year() != null ? options.year() : MetadataReader.year(title, date);
        found.removeIf(d -> d.code() == DiagnosticCode.METADATA_MISSING && (title != null && d.message().startsWith("the title ")
                || date != null && d.message().startsWith("the date ") || year != null && d.message().startsWith("the year ")));
        diagnostics.addAll(found);
        return new PlanMetadata(read.id(), title, read.issuer(), read.jurisdiction(), year, date, read.approvedBy(),
                read.declaredTaskCount(), read.source(), read.footnote());
    }


}
