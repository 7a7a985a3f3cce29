package io.dutygraph.audit;

import io.dutygraph.audit.AuditFacts.AssignmentFacts;
import io.dutygraph.audit.AuditFacts.DiagnosticFacts;
import io.dutygraph.audit.AuditFacts.TaskFacts;
import io.dutygraph.graph.query.PlanQueries;
import io.dutygraph.graph.query.PlanView;
import io.dutygraph.graph.store.CypherStatement;
import io.dutygraph.graph.store.GraphReader;
import io.dutygraph.graph.store.ResultRow;
import io.dutygraph.graph.store.ResultValue;
import io.dutygraph.graph.store.StatementParameters;
import io.dutygraph.plan.LeaderSource;
import io.dutygraph.plan.Role;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/** Audits a plan in the graph: the same checks as for a document, on what the graph holds of it. */
@Component
public class GraphAudits {

    private final GraphReader reader;
    private final PlanQueries plans;

    GraphAudits(GraphReader reader, PlanQueries plans) {
        this.reader = reader;
        this.plans = plans;
    }

    /** The audit report of a loaded plan (the most recently loaded one when {@code planId} is null). */
    public AuditReport audit(String planId) {
        String id = plans.resolve(planId);
        PlanView plan = plans.plans().stream().filter(view -> view.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalStateException("plan " + id + " vanished during the audit"));
        String source = plan.source();
        List<ResultRow> rows = reader.read(CypherStatement.AUDIT_TASKS, StatementParameters.of("planId", id));
        boolean table = rows.stream().map(row -> row.get("location").asString(null))
                .anyMatch(location -> location != null && location.startsWith(source + "!"));
        List<TaskFacts> tasks = rows.stream().map(row -> task(row, source, table)).toList();
        List<DiagnosticFacts> diagnostics = plans.diagnostics(id).stream().map(d -> new DiagnosticFacts(d.code(),
                d.line(), d.message(), d.location() == null ? AuditFacts.at(source, table, d.line()) : d.location()))
                .toList();
        return PlanAudit.audit(new AuditFacts(id, source, plan.declaredTaskCount(), tasks, diagnostics));
    }

    private static TaskFacts task(ResultRow row, String source, boolean table) {
        Integer leaderLine = row.get("leaderLine").asInteger();
        List<Integer> lines = Stream.of(row.get("line").asInteger(), leaderLine, row.get("unitsLine").asInteger())
                .filter(Objects::nonNull).toList();
        List<AssignmentFacts> assignments = row.get("assignments").asList(GraphAudits::assignment);
        return new TaskFacts(row.get("number").asInt(), row.get("location").asString(null),
                LeaderSource.valueOf(row.get("leaderSource").asString()), row.get("leaderCount").asInt(),
                AuditFacts.at(source, table, leaderLine), leaderLine, row.get("sectionLine").asInt(),
                row.get("chapterLine").asInt(), lines,
                assignments, row.get("targets").asList(ResultValue::asString));
    }

    private static AssignmentFacts assignment(ResultValue a) {
        return new AssignmentFacts(a.get("unit").asString(), a.get("kind").asString("OTHER"),
                Role.ofRelationship(a.get("relationship").asString()), a.get("asWritten").asString(),
                a.get("location").asString(null));
    }
}
