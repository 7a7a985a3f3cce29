package io.dutygraph.plan.reading;

import io.dutygraph.plan.Diagnostic;
import io.dutygraph.plan.DiagnosticCode;
import io.dutygraph.plan.ParsedPlan;
import io.dutygraph.plan.ParsedTask;
import io.dutygraph.plan.PlanMetadata;
import io.dutygraph.plan.units.UnitDirectory;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Reads a plan in any layout but the Wujiang flattened table: the layout reader recovers records, the shared
 * assembly builds the plan. The unit directory applies only to the jurisdiction it describes; elsewhere units are
 * the names as written.
 */
final class OtherLayouts {

    private final UnitDirectory directory;

    OtherLayouts(UnitDirectory directory) {
        this.directory = directory;
    }

    ParsedPlan parse(PlanText text, Optional<Layout> layout) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        TextLayouts.Reading reading = TextLayouts.read(text.source(), text.lines(), layout, diagnostics::add);
        PlanMetadata metadata = new MetadataReader(text.source(), text.lines().subList(0, reading.tableStartLine()),
                diagnostics::add).read(null);
        UnitListReader units = new UnitListReader(directoryFor(metadata), diagnostics::add);
        RecordAssembler assembler = new RecordAssembler(units, diagnostics::add);
        assembler.assemble(reading.records());
        List<ParsedTask> tasks = assembler.tasks();
        if (tasks.isEmpty()) {
            // A table whose only row is cut off (an excerpt, a damaged file) is a plan with no task, said so.
            diagnostics.add(new Diagnostic(DiagnosticCode.TASK_NOT_READ, reading.tableStartLine() + 1,
                    "the table (" + reading.layout() + ") holds no complete task row"));
        }
        PlanParser.checkTaskNumbers(tasks, metadata, text.lines(), diagnostics);
        diagnostics.sort(Comparator.comparingInt(Diagnostic::line));
        return new ParsedPlan(metadata, assembler.chapters(), assembler.sections(), tasks, units.unitsInPlan(),
                diagnostics);
    }

    private UnitDirectory directoryFor(PlanMetadata metadata) {
        boolean sameJurisdiction = metadata.issuer() != null && directory.jurisdiction() != null
                && metadata.issuer().startsWith(directory.jurisdiction());
        return sameJurisdiction ? directory : UnitDirectory.empty();
    }
}
