package io.dutygraph.graph.query;

import io.dutygraph.graph.store.CypherStatement;
import io.dutygraph.graph.store.GraphReader;
import io.dutygraph.graph.store.StatementParameters;
import io.dutygraph.plan.JurisdictionKeys;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Lead officials: lookup ignoring spaces within a jurisdiction, and the tasks and lead units of each (by key). */
@Component
public class OfficialQueries {

    private final GraphReader reader;
    private final SpellingCache spellings;
    private final Jurisdictions jurisdictions;

    OfficialQueries(GraphReader reader, SpellingCache spellings, Jurisdictions jurisdictions) {
        this.reader = reader;
        this.spellings = spellings;
        this.jurisdictions = jurisdictions;
    }

    /** The stored name of an official of one jurisdiction written with or without padding spaces ("钱 宇" → "钱宇"). */
    public String resolve(String jurisdiction, String name) {
        NameMatcher matcher = spellings.officials().in(jurisdiction);
        return matcher.resolve(name).orElseThrow(() -> new UnknownOfficialException(name, matcher.suggestions(name)));
    }

    /** The key of an official of one jurisdiction, name spaces ignored. */
    public String key(String jurisdiction, String name) {
        return JurisdictionKeys.of(jurisdiction, resolve(jurisdiction, name));
    }

    /** An official by name, in the jurisdiction given or decided by the name ({@link Jurisdictions}). */
    public OfficialView official(String name, String jurisdiction) {
        String scope = jurisdictions.forNames(spellings.officials(), "official", List.of(name), jurisdiction);
        String stored = resolve(scope, name);
        return new OfficialView(JurisdictionKeys.of(scope, stored), stored, scope);
    }

    /** An official with the number of tasks of a plan it oversees. */
    public record Workload(OfficialView official, int taskCount) {

        /** Most tasks first, then by name. */
        public Window.SortKey sortKey() {
            return Window.SortKey.of(-taskCount, official.name());
        }
    }

    /** Officials overseeing tasks of one plan, most tasks first, then by name. */
    public List<Workload> officials(String planId) {
        return reader.read(CypherStatement.OFFICIALS_OF_PLAN, StatementParameters.of("planId", planId)).stream()
                .map(row -> new Workload(ViewMapping.official(row.get("official")), row.get("tasks").asInt())).toList();
    }

    /** The tasks of one plan each given official (by key) oversees, in task-number order. */
    public Map<String, List<TaskView>> tasks(List<String> keys, String planId) {
        return RowGroups.group(reader.read(CypherStatement.TASKS_OF_OFFICIALS, StatementParameters.of("keys", keys, "planId", planId)),
                row -> row.get("official").asString(), row -> ViewMapping.task(row.get("task")));
    }

    /** The lead units of the tasks of one plan each given official (by key) oversees, most such tasks first. */
    public Map<String, List<UnitView>> leadUnits(List<String> keys, String planId) {
        return RowGroups.group(reader.read(CypherStatement.LEAD_UNITS_OF_OFFICIALS,
                        StatementParameters.of("keys", keys, "planId", planId)),
                row -> row.get("official").asString(), row -> ViewMapping.unit(row.get("unit")));
    }
}
