package io.dutygraph.audit;

import io.dutygraph.audit.AuditFacts.AssignmentFacts;
import io.dutygraph.audit.AuditFacts.TaskFacts;
import io.dutygraph.plan.LeaderSource;
import io.dutygraph.plan.Role;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The accountability checks of an audit, over the facts of one plan: who answers for each task, through which
 * units, and for which targets; the task count; and every diagnostic of the parser.
 */
final class PlanAudit {

    private static final Comparator<Finding> ORDER = Comparator.comparing(Finding::severity)
            .thenComparing(Finding::task, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(Finding::code);

    private PlanAudit() {
    }

    static AuditReport audit(AuditFacts facts) {
        List<Finding> findings = new ArrayList<>();
        findings.add(taskCount(facts));
        facts.tasks().forEach(task -> findings.addAll(accountability(task)));
        findings.addAll(Spellings.findings(facts.tasks()));
        findings.addAll(ParserFindings.of(facts));
        int targets = facts.tasks().stream().mapToInt(task -> task.targets().size()).sum();
        return new AuditReport(facts.plan(), facts.source(), facts.declaredTaskCount(), facts.tasks().size(), targets,
                findings.stream().sorted(ORDER).toList());
    }

    private static Finding taskCount(AuditFacts facts) {
        Integer declared = facts.declaredTaskCount();
        int read = facts.tasks().size();
        if (declared == null) {
            return plan("TASK_COUNT_UNDECLARED", Severity.WARNING, "the document declares no task count (共N项); "
                    + read + " tasks read", facts);
        }
        boolean same = declared == read;
        return plan(same ? "TASK_COUNT_MATCHES" : "TASK_COUNT_DIFFERS", same ? Severity.INFO : Severity.ERROR,
                "the document declares " + declared + " tasks (共" + declared + "项); " + read + " read", facts);
    }

    private static Finding plan(String code, Severity severity, String message, AuditFacts facts) {
        return new Finding(code, severity, Origin.AUDIT, message, facts.source(), null);
    }

    private static List<Finding> accountability(TaskFacts task) {
        List<Finding> findings = new ArrayList<>();
        boolean noLeader = task.leaderSource() == LeaderSource.NONE || task.leaderCount() == 0;
        boolean noLeadUnit = task.assignments().stream().noneMatch(a -> a.role() == Role.LEAD);
        if (noLeader) {
            findings.add(finding(task, "TASK_WITHOUT_LEADER", Severity.WARNING, "task " + task.number()
                    + " lists no lead official (牵头领导)", task.leaderLocation()));
        }
        if (noLeadUnit) {
            findings.add(finding(task, "TASK_WITHOUT_LEAD_UNIT", Severity.WARNING, task.assignments().isEmpty()
                    ? "task " + task.number() + " lists no unit" : "task " + task.number() + " marks no lead unit (★)",
                    unitsLocation(task)));
        }
        if (!task.assignments().isEmpty() && task.assignments().stream().allMatch(a -> "COLLECTIVE".equals(a.kind()))) {
            findings.add(finding(task, "TASK_ONLY_COLLECTIVE_UNITS", Severity.WARNING, "task " + task.number()
                    + " names only collectives (" + String.join("、", task.assignments().stream()
                    .map(AssignmentFacts::asWritten).distinct().toList()) + "), no single unit", unitsLocation(task)));
        }
        if (mergedFromAnEarlierSection(task)) {
            findings.add(finding(task, "LEADER_MERGED_ACROSS_SECTION", Severity.INFO, "task " + task.number()
                    + " takes its leaders from a merged cell of an earlier section", task.leaderLocation()));
        }
        task.targets().forEach(target -> findings.addAll(targetFindings(task, target, noLeader, noLeadUnit)));
        return findings;
    }

    /**
     * Whether a task inherits a leader cell merged down from a row of an earlier section. Leaders a chapter heading
     * names (二、李丹常委、常务副区长牵头重点工作) are inherited from the heading's line, above the section by nature:
     * no merged cell.
     */
    private static boolean mergedFromAnEarlierSection(TaskFacts task) {
        return task.leaderSource() == LeaderSource.INHERITED && task.leaderLine() != null
                && task.leaderLine() < task.sectionLine() && task.leaderLine() != task.chapterLine();
    }

    private static List<Finding> targetFindings(TaskFacts task, String target, boolean noLeader, boolean noLeadUnit) {
        List<Finding> findings = new ArrayList<>();
        if (noLeadUnit) {
            findings.add(finding(task, "TARGET_WITHOUT_LEAD_UNIT", Severity.WARNING, "target " + target + " of task "
                    + task.number() + " has no lead unit", task.location()));
        }
        if (noLeader) {
            findings.add(finding(task, "TARGET_WITHOUT_LEADER", Severity.WARNING, "target " + target + " of task "
                    + task.number() + " has no lead official", task.location()));
        }
        return findings;
    }

    private static String unitsLocation(TaskFacts task) {
        return task.assignments().isEmpty() ? task.location() : task.assignments().get(0).location();
    }

    private static Finding finding(TaskFacts task, String code, Severity severity, String message, String location) {
        return new Finding(code, severity, Origin.AUDIT, message, location == null ? task.location() : location,
                task.number());
    }
}
