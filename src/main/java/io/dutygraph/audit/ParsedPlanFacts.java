package io.dutygraph.audit;

import io.dutygraph.audit.AuditFacts.AssignmentFacts;
import io.dutygraph.audit.AuditFacts.DiagnosticFacts;
import io.dutygraph.audit.AuditFacts.TaskFacts;
import io.dutygraph.plan.Chapter;
import io.dutygraph.plan.ParsedPlan;
import io.dutygraph.plan.ParsedTask;
import io.dutygraph.plan.Section;
import io.dutygraph.plan.Target;
import io.dutygraph.plan.Unit;
import io.dutygraph.plan.targets.TargetReader;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The facts of a parsed document, audited before (or without) loading it. */
final class ParsedPlanFacts {

    private ParsedPlanFacts() {
    }

    static AuditFacts of(ParsedPlan plan) {
        String source = plan.plan().source();
        boolean table = plan.tasks().stream().anyMatch(task -> task.location().cell() != null);
        Map<String, String> kinds = plan.units().stream().collect(Collectors.toMap(Unit::name, unit -> unit.kind().name(),
                (a, b) -> a));
        Map<String, Section> sections = plan.sections().stream().collect(Collectors.toMap(
                section -> section.chapterOrdinal() + "/" + section.position(), Function.identity(), (a, b) -> a));
        List<TaskFacts> tasks = plan.tasks().stream().map(task -> task(task, source, table, kinds,
                sections.get(task.chapterOrdinal() + "/" + task.sectionPosition()),
                plan.chapters().get(task.chapterOrdinal() - 1))).toList();
        List<DiagnosticFacts> diagnostics = plan.diagnostics().stream().map(d -> new DiagnosticFacts(d.code().name(),
                d.line(), d.message(), AuditFacts.at(source, table, d.line()))).toList();
        return new AuditFacts(plan.plan().id(), source, plan.plan().declaredTaskCount(), tasks, diagnostics);
    }

    private static TaskFacts task(ParsedTask task, String source, boolean table, Map<String, String> kinds,
            Section section, Chapter chapter) {
        String unitsLocation = task.unitsLocation() == null ? null : task.unitsLocation().toString();
        List<AssignmentFacts> assignments = task.units().stream().map(a -> new AssignmentFacts(a.unit(),
                kinds.getOrDefault(a.unit(), "OTHER"), a.role(), a.asWritten(), unitsLocation)).toList();
        List<Integer> lines = Stream.of(task.line(), task.leaderLine(), task.unitsLine()).filter(Objects::nonNull).toList();
        return new TaskFacts(task.number(), task.location().toString(), task.leaderSource(), task.leaders().size(),
                AuditFacts.at(source, table, task.leaderLine()), task.leaderLine(),
                section == null ? task.line() : section.line(), chapter.line(), lines, assignments,
                TargetReader.read(task.text()).stream().map(Target::text).toList());
    }
}
