package io.dutygraph.audit;

import io.dutygraph.audit.AuditFacts.DiagnosticFacts;
import io.dutygraph.audit.AuditFacts.TaskFacts;
import java.util.List;
import java.util.Set;

/**
 * Every diagnostic of the parser as a finding, tied to the task written on its line when there is one.
 * UNKNOWN_UNIT is a unit missing from the jurisdiction's unit directory.
 */
final class ParserFindings {

    private static final Set<String> ERRORS = Set.of("TASK_COUNT_MISMATCH", "TASK_NUMBER_DUPLICATE",
            "TASK_NUMBER_MISSING", "ROW_INCOMPLETE", "ROW_CELL_COUNT", "TASK_NOT_READ", "TABLE_NOT_READ");
    private static final Set<String> WARNINGS = Set.of("UNKNOWN_UNIT", "NO_LEAD_UNIT", "UNITS_CELL_EMPTY",
            "CHAPTER_TITLE_MISSING", "LEADER_CELL_MISSING", "LEADER_NOT_A_NAME", "METADATA_MISSING", "ROW_NOT_READ",
            "SECTION_NAME_MISSING", "TASK_NUMBER_OUT_OF_ORDER", "TASK_NUMBER_ASSIGNED", "COLUMN_NOT_READ",
            "UNIT_MARK_NOT_READ");

    private ParserFindings() {
    }

    static List<Finding> of(AuditFacts facts) {
        return facts.diagnostics().stream().map(d -> new Finding(d.code(), severity(d.code()), Origin.PARSER,
                d.message(), d.location(), task(facts.tasks(), d))).toList();
    }

    static Severity severity(String code) {
        return ERRORS.contains(code) ? Severity.ERROR : WARNINGS.contains(code) ? Severity.WARNING : Severity.INFO;
    }

    private static Integer task(List<TaskFacts> tasks, DiagnosticFacts diagnostic) {
        return tasks.stream().filter(task -> task.lines().contains(diagnostic.line())).map(TaskFacts::number)
                .findFirst().orElse(null);
    }
}
