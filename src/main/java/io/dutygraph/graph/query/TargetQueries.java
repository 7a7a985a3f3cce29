package io.dutygraph.graph.query;

import io.dutygraph.graph.store.CypherStatement;
import io.dutygraph.graph.store.GraphReader;
import io.dutygraph.graph.store.ResultRow;
import io.dutygraph.graph.store.ResultValue;
import io.dutygraph.graph.store.StatementParameters;
import io.dutygraph.plan.Role;
import io.dutygraph.plan.TargetBound;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The measurable targets read from task texts: filtered pages, and those of tasks, units and officials. */
@Component
public class TargetQueries {

    private final GraphReader reader;
    private final UnitQueries units;
    private final OfficialQueries officials;

    TargetQueries(GraphReader reader, UnitQueries units, OfficialQueries officials) {
        this.reader = reader;
        this.units = units;
        this.officials = officials;
    }

    /** The sort key of target lists in task and text order. */
    public static Window.SortKey byTaskAndPosition(TargetView target) {
        return Window.SortKey.of(target.task().number(), target.position());
    }

    /** One window of a plan's targets matching {@code filter}, in task and text order. */
    public Page<TargetView> targets(PlanRef plan, TargetFilter filter, Window window) {
        Map<String, Object> parameters = StatementParameters.of(window.parameters("Number", "Position"));
        parameters.putAll(StatementParameters.of("planId", plan.id(), "chapter", filter.chapter(),
                "unit", filter.unit() == null ? null : units.key(plan.jurisdiction(), filter.unit()),
                "relationship", ViewMapping.relationship(filter.role()),
                "official", filter.official() == null ? null : officials.key(plan.jurisdiction(), filter.official()),
                "metric", filter.metric(), "bound", filter.bound() == null ? null : filter.bound().name()));
        List<ResultRow> rows = reader.read(CypherStatement.TARGETS_PAGE, parameters);
        int totalCount = rows.isEmpty() ? 0 : rows.get(0).get("totalCount").asInt();
        int start = rows.isEmpty() ? 0 : rows.get(0).get("start").asInt();
        List<TargetView> items = rows.stream().filter(row -> !row.get("target").isNull()).map(TargetQueries::target)
                .toList();
        return new Page<>(items, start, totalCount);
    }

    /** The targets of each given task, by task key, in text order. */
    public Map<String, List<TargetView>> ofTasks(List<String> taskKeys) {
        return RowGroups.group(reader.read(CypherStatement.TARGETS_OF_TASKS, StatementParameters.of("taskKeys", taskKeys)),
                row -> row.get("task").get("key").asString(), TargetQueries::target);
    }

    /** The targets of the tasks of one plan each given unit (by key) holds an assignment on (of {@code role}, if given). */
    public Map<String, List<TargetView>> ofUnits(List<String> keys, String planId, Role role) {
        return RowGroups.group(reader.read(CypherStatement.TARGETS_OF_UNITS, StatementParameters.of("keys", keys,
                "planId", planId, "relationship", ViewMapping.relationship(role))), row -> row.get("key").asString(),
                TargetQueries::target);
    }

    /** The targets of the tasks of one plan each given official (by key) oversees. */
    public Map<String, List<TargetView>> ofOfficials(List<String> keys, String planId) {
        return RowGroups.group(reader.read(CypherStatement.TARGETS_OF_OFFICIALS, StatementParameters.of("keys", keys,
                "planId", planId)), row -> row.get("key").asString(), TargetQueries::target);
    }

    static TargetView target(ResultRow row) {
        ResultValue g = row.get("target");
        return new TargetView(g.get("key").asString(), ViewMapping.task(row.get("task")), g.get("position").asInt(),
                g.get("metric").asString(), ((Number) g.get("value").asObject()).doubleValue(), g.get("unit").asString(),
                TargetBound.valueOf(g.get("bound").asString()), g.get("text").asString(), g.get("offset").asInt(),
                g.get("location").asString(null));
    }
}
