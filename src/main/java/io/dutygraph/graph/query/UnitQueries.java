package io.dutygraph.graph.query;

import io.dutygraph.graph.store.CypherStatement;
import io.dutygraph.graph.store.GraphReader;
import io.dutygraph.graph.store.ResultRow;
import io.dutygraph.graph.store.StatementParameters;
import io.dutygraph.plan.Role;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Responsible units: lookup by name or alias, pages, towns, and each unit's tasks, partners and officials. */
@Component
public class UnitQueries {

    private final GraphReader reader;
    private final SpellingCache spellings;

    UnitQueries(GraphReader reader, SpellingCache spellings) {
        this.reader = reader;
        this.spellings = spellings;
    }

    /** The canonical name of a unit given by canonical name or alias; unknown names list the closest ones. */
    public String resolve(String name) {
        NameMatcher matcher = spellings.units();
        return matcher.resolve(name).orElseThrow(() -> new UnknownUnitException(name, matcher.suggestions(name)));
    }

    /** A unit by canonical name or alias. */
    public UnitView unit(String name) {
        return units(List.of(resolve(name))).get(0);
    }

    /** Units by canonical name, in no particular order; unknown names are left out. */
    public List<UnitView> units(List<String> names) {
        return reader.read(CypherStatement.UNITS_BY_NAME, StatementParameters.of("names", names)).stream()
                .map(row -> ViewMapping.unit(row.get("unit"))).toList();
    }

    /** One page of the units matching {@code filter}, by canonical name. */
    public Page<UnitView> units(UnitFilter filter, int offset, int limit) {
        List<ResultRow> rows = reader.read(CypherStatement.UNITS_PAGE, StatementParameters.of("kind", filter.kind(),
                "isTown", filter.isTown(), "name", filter.name(), "offset", offset, "limit", limit));
        int totalCount = rows.isEmpty() ? 0 : rows.get(0).get("totalCount").asInt();
        return new Page<>(rows.stream().filter(row -> !row.get("unit").isNull())
                .map(row -> ViewMapping.unit(row.get("unit"))).toList(), offset, totalCount);
    }

    /** The towns and zones (区镇). */
    public List<UnitView> towns() {
        return reader.read(CypherStatement.TOWNS, StatementParameters.of()).stream().map(row -> ViewMapping.unit(row.get("unit"))).toList();
    }

    /** The members of each given collective. */
    public Map<String, List<UnitView>> members(List<String> names) {
        return RowGroups.group(reader.read(CypherStatement.MEMBERS_OF_UNITS, StatementParameters.of("names", names)),
                row -> row.get("collective").asString(), row -> ViewMapping.unit(row.get("unit")));
    }

    /**
     * The assignments of each given unit in one plan (of {@code role}, if given), also those reaching it through
     * a collective, in task-number order.
     */
    public Map<String, List<AssignmentView>> assignments(List<String> names, String planId, Role role) {
        return RowGroups.group(reader.read(CypherStatement.ASSIGNMENTS_OF_UNITS, StatementParameters.of("names", names,
                        "planId", planId, "relationship", ViewMapping.relationship(role))),
                row -> row.get("unit").get("name").asString(), ViewMapping::assignment);
    }

    /** For each given unit, the units sharing tasks of one plan with it, most shared first. */
    public Map<String, List<Partner>> partners(List<String> names, String planId) {
        return RowGroups.group(reader.read(CypherStatement.PARTNERS_OF_UNITS, StatementParameters.of("names", names, "planId", planId)),
                row -> row.get("name").asString(), row -> new Partner(ViewMapping.unit(row.get("unit")),
                        row.get("sharedTaskCount").asInt(), row.get("tasks").asList(ViewMapping::task)));
    }

    /** For each given unit, the officials overseeing the tasks of one plan it leads, most such tasks first. */
    public Map<String, List<OfficialView>> officials(List<String> names, String planId) {
        return RowGroups.group(reader.read(CypherStatement.OFFICIALS_OF_UNITS, StatementParameters.of("names", names, "planId", planId)),
                row -> row.get("unit").asString(), row -> new OfficialView(row.get("name").asString()));
    }
}
