package io.dutygraph.graph.query;

import io.dutygraph.graph.store.CypherStatement;
import io.dutygraph.graph.store.GraphReader;
import io.dutygraph.graph.store.ResultValue;
import io.dutygraph.graph.store.StatementParameters;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/** The objects global ids name, fetched by their keys, one statement per kind of object. */
@Component
public class NodeQueries {

    private final GraphReader reader;
    private final PlanQueries plans;
    private final UnitQueries units;
    private final TaskQueries tasks;

    NodeQueries(GraphReader reader, PlanQueries plans, UnitQueries units, TaskQueries tasks) {
        this.reader = reader;
        this.plans = plans;
        this.units = units;
        this.tasks = tasks;
    }

    /** The loaded plans among the given ids, by id. */
    public Map<String, PlanView> plans(List<String> ids) {
        return byKey(plans.plans().stream().filter(plan -> ids.contains(plan.id())).toList(), PlanView::id);
    }

    public Map<String, ChapterView> chapters(List<String> keys) {
        return byKey(plans.chaptersByKey(keys), ChapterView::key);
    }

    public Map<String, SectionView> sections(List<String> keys) {
        return byKey(read(CypherStatement.SECTIONS_BY_KEY, keys, "section", ViewMapping::section), SectionView::key);
    }

    public Map<String, TaskView> tasks(List<String> keys) {
        return byKey(read(CypherStatement.TASKS_BY_KEY, keys, "task", ViewMapping::task), TaskView::key);
    }

    public Map<String, UnitView> units(List<String> keys) {
        return byKey(units.units(keys), UnitView::key);
    }

    public Map<String, OfficialView> officials(List<String> keys) {
        return byKey(read(CypherStatement.OFFICIALS_BY_KEY, keys, "official", ViewMapping::official), OfficialView::key);
    }

    public Map<String, TargetView> targets(List<String> keys) {
        return byKey(reader.read(CypherStatement.TARGETS_BY_KEY, StatementParameters.of("keys", keys)).stream()
                .map(TargetQueries::target).toList(), TargetView::key);
    }

    /** The assignments written in the given tasks' cells and, for units reached through a collective, the unit's own. */
    public List<AssignmentView> assignments(List<String> taskKeys, List<String> unitKeysViaCollectives, String planId) {
        List<AssignmentView> written = taskKeys.isEmpty() ? List.of()
                : tasks.assignments(taskKeys).values().stream().flatMap(List::stream).toList();
        if (unitKeysViaCollectives.isEmpty()) {
            return written;
        }
        List<AssignmentView> reached = units.assignments(unitKeysViaCollectives, planId, null).values().stream()
                .flatMap(List::stream).filter(assignment -> assignment.viaCollective() != null).toList();
        return Stream.concat(written.stream(), reached.stream()).toList();
    }

    private <T> List<T> read(CypherStatement statement, List<String> keys, String column,
            Function<ResultValue, T> mapping) {
        return reader.read(statement, StatementParameters.of("keys", keys)).stream().map(row -> mapping.apply(row.get(column)))
                .toList();
    }

    private static <T> Map<String, T> byKey(List<T> items, Function<T, String> key) {
        return items.stream().collect(Collectors.toMap(key, Function.identity(), (first, second) -> first));
    }
}
