package io.dutygraph.graph.query;

import io.dutygraph.graph.store.CypherStatement;
import io.dutygraph.graph.store.GraphReader;
import io.dutygraph.graph.store.StatementParameters;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Lead officials: lookup ignoring spaces, and the tasks and lead units of each. */
@Component
public class OfficialQueries {

    private final GraphReader reader;
    private final SpellingCache spellings;

    OfficialQueries(GraphReader reader, SpellingCache spellings) {
        this.reader = reader;
        this.spellings = spellings;
    }

    /** The stored name of an official written with or without padding spaces ("钱 宇" → "钱宇"). */
    public String resolve(String name) {
        NameMatcher matcher = spellings.officials();
        return matcher.resolve(name).orElseThrow(() -> new UnknownOfficialException(name, matcher.suggestions(name)));
    }

    /** Officials overseeing tasks of one plan, most tasks first. */
    public List<OfficialView> officials(String planId) {
        return reader.read(CypherStatement.OFFICIALS_OF_PLAN, StatementParameters.of("planId", planId)).stream()
                .map(row -> new OfficialView(row.get("name").asString())).toList();
    }

    /** The tasks of one plan each given official oversees, in task-number order. */
    public Map<String, List<TaskView>> tasks(List<String> names, String planId) {
        return RowGroups.group(reader.read(CypherStatement.TASKS_OF_OFFICIALS, StatementParameters.of("names", names, "planId", planId)),
                row -> row.get("official").asString(), row -> ViewMapping.task(row.get("task")));
    }

    /** The lead units of the tasks of one plan each given official oversees, most such tasks first. */
    public Map<String, List<UnitView>> leadUnits(List<String> names, String planId) {
        return RowGroups.group(reader.read(CypherStatement.LEAD_UNITS_OF_OFFICIALS,
                        StatementParameters.of("names", names, "planId", planId)),
                row -> row.get("official").asString(), row -> ViewMapping.unit(row.get("unit")));
    }
}
