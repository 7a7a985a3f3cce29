package io.dutygraph.graph.query;

import io.dutygraph.graph.store.CypherStatement;
import io.dutygraph.graph.store.GraphReader;
import io.dutygraph.graph.store.ResultRow;
import io.dutygraph.graph.store.ResultValue;
import io.dutygraph.graph.store.StatementParameters;
import io.dutygraph.plan.JurisdictionKeys;
import io.dutygraph.plan.Role;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Responsible units: lookup by name or alias within a jurisdiction, pages, towns, and each unit's tasks, partners
 * and officials (by key, {@code <jurisdiction>/<name>}). Which jurisdiction answers: {@link Jurisdictions}.
 */
@Component
public class UnitQueries {

    private final GraphReader reader;
    private final SpellingCache spellings;
    private final Jurisdictions jurisdictions;
    private final PlanQueries plans;

    UnitQueries(GraphReader reader, SpellingCache spellings, Jurisdictions jurisdictions, PlanQueries plans) {
        this.reader = reader;
        this.spellings = spellings;
        this.jurisdictions = jurisdictions;
        this.plans = plans;
    }

    /** The canonical name, in one jurisdiction, of a unit given by canonical name or alias; unknown names list the closest. */
    public String resolve(String jurisdiction, String name) {
        NameMatcher matcher = spellings.units().in(jurisdiction);
        return matcher.resolve(name).orElseThrow(() -> new UnknownUnitException(name, matcher.suggestions(name)));
    }

    /** The key of a unit of one jurisdiction given by canonical name or alias. */
    public String key(String jurisdiction, String name) {
        return JurisdictionKeys.of(jurisdiction, resolve(jurisdiction, name));
    }

    /**
     * The plan a question about these units is answered in: the plan given, else the most recent plan of the
     * jurisdiction given or decided by the names ({@link Jurisdictions}).
     */
    public PlanRef planFor(String planId, String jurisdiction, List<String> names) {
        if (planId != null) {
            return plans.resolve(planId, null);
        }
        return plans.resolve(null, jurisdictions.forNames(spellings.units(), "unit", names, jurisdiction));
    }

    /** A unit by canonical name or alias, in the jurisdiction given or decided by the name. */
    public UnitView unit(String name, String jurisdiction) {
        String scope = jurisdictions.forNames(spellings.units(), "unit", List.of(name), jurisdiction);
        List<UnitView> found = units(List.of(key(scope, name)));
        if (found.isEmpty()) {
            // The names known were read before the graph changed behind this app's back (another process writing
            // to an external server, a Bolt user with write access): read them afresh and answer from those.
            spellings.forget();
            scope = jurisdictions.forNames(spellings.units(), "unit", List.of(name), jurisdiction);
            found = units(List.of(key(scope, name)));
        }
        if (found.isEmpty()) {
            throw new UnknownUnitException(name, List.of());
        }
        return found.get(0);
    }

    /** Units by key, in no particular order; unknown keys are left out. */
    public List<UnitView> units(List<String> keys) {
        return reader.read(CypherStatement.UNITS_BY_KEY, StatementParameters.of("keys", keys)).stream()
                .map(row -> ViewMapping.unit(row.get("unit"))).toList();
    }

    /** The sort key of unit lists by canonical name. */
    public static Window.SortKey byName(UnitView unit) {
        return Window.SortKey.of(unit.name());
    }

    /** One window of the units of a jurisdiction (null = the default one) matching {@code filter}, by canonical name. */
    public Page<UnitView> units(UnitFilter filter, String jurisdiction, Window window) {
        return Page.of(reader.read(CypherStatement.UNITS_PAGE, pageParameters(filter, checked(jurisdiction), window,
                        null, null, false, false)),
                "unit", ViewMapping::unit);
    }

    /**
     * As {@link #units}, each unit with its distinct tasks (of {@code role}, if given) in the plan given, else in the
     * most recent plan of the page's jurisdiction, with their leaders, as {@link #tasksWithLeaders} reads them: the
     * whole nested page in one statement; without the tasks' text (null) unless {@code text}. Empty when no such
     * plan is loaded.
     */
    public Optional<UnitsWithTasks> unitsWithTasks(UnitFilter filter, String jurisdiction, Window window, String plan,
            Role role, boolean text, boolean sources) {
        String checked = checked(jurisdiction);
        String scope = checked != null ? checked : plans.latest().map(PlanRef::jurisdiction).orElse(null);
        return plans.find(plan, scope).map(found -> {
            List<ResultRow> rows = reader.read(CypherStatement.UNITS_PAGE,
                    pageParameters(filter, checked, window, found.id(), ViewMapping.relationship(role), text, sources));
            Map<String, List<TaskWithLeaders>> tasks = new LinkedHashMap<>();
            rows.forEach(row -> addByUnit(row.get("tasks"), tasks));
            return new UnitsWithTasks(Page.of(rows, "unit", ViewMapping::unit), tasks);
        });
    }

    /** {@code jurisdiction} already checked (null: the most recent plan's). */
    private Map<String, Object> pageParameters(UnitFilter filter, String jurisdiction, Window window, String tasksPlanId,
            String tasksRelationship, boolean tasksText, boolean tasksSources) {
        Map<String, Object> parameters = StatementParameters.of(window.parameters("Name"));
        parameters.putAll(StatementParameters.of("kind", filter.kind(), "isTown", filter.isTown(), "name", filter.name(),
                "jurisdiction", jurisdiction, "tasksPlanId", tasksPlanId, "tasksRelationship", tasksRelationship,
                "tasksText", tasksText, "tasksSources", tasksSources));
        return parameters;
    }


    /** The towns and zones (区镇) of a jurisdiction (null = the default one). */
    public List<UnitView> towns(String jurisdiction) {
        return reader.read(CypherStatement.TOWNS, StatementParameters.of("jurisdiction", checked(jurisdiction))).stream().map(row -> ViewMapping.unit(row.get("unit"))).toList();
    }

    /** The jurisdiction given, checked; null (the statement then takes the most recent plan's) when none. */
    private String checked(String jurisdiction) {
        return jurisdiction == null ? null : jurisdictions.orDefault(jurisdiction);
    }

    /** The members of each given collective, by the collective's key. */
    public Map<String, List<UnitView>> members(List<String> keys) {
        return RowGroups.group(reader.read(CypherStatement.MEMBERS_OF_UNITS, StatementParameters.of("keys", keys)),
                row -> row.get("collective").asString(), row -> ViewMapping.unit(row.get("unit")));
    }

    /**
     * The assignments of each given unit (by key) in one plan (of {@code role}, if given), also those reaching it
     * through a collective, in task-number order.
     */
    public Map<String, List<AssignmentView>> assignments(List<String> keys, String planId, Role role) {
        return RowGroups.group(reader.read(CypherStatement.ASSIGNMENTS_OF_UNITS, StatementParameters.of("keys", keys,
                        "planId", planId, "relationship", ViewMapping.relationship(role))),
                row -> row.get("unit").get("key").asString(), ViewMapping::assignment);
    }

    /**
     * The distinct tasks of each given unit (by key) in one plan (through {@code role}, if given), also those
     * reaching it through a collective, in task-number order: {@link #assignments}' tasks, in one row each.
     */
    public Map<String, List<TaskView>> tasks(List<String> keys, String planId, Role role) {
        return RowGroups.group(reader.read(CypherStatement.TASKS_OF_UNITS, StatementParameters.of("keys", keys,
                        "planId", planId, "relationship", ViewMapping.relationship(role))),
                row -> row.get("unitKey").asString(), row -> ViewMapping.task(row.get("task")));
    }

    /** As {@link #tasks}, each task with its lead officials in written order, read in the same statement. */
    public Map<String, List<TaskWithLeaders>> tasksWithLeaders(List<String> keys, String planId, Role role) {
        Map<String, List<TaskWithLeaders>> byUnit = new LinkedHashMap<>();
        reader.read(CypherStatement.TASKS_WITH_LEADERS_OF_UNITS, StatementParameters.of("keys", keys, "planId", planId,
                "relationship", ViewMapping.relationship(role))).forEach(row -> addByUnit(row.get("tasks"), byUnit));
        return byUnit;
    }

    /** Tasks read once each with the keys of the units they reach ({@code unitKeys}), added to each unit's list. */
    private static void addByUnit(ResultValue tasks, Map<String, List<TaskWithLeaders>> byUnit) {
        tasks.asList(item -> item).forEach(item -> {
            TaskWithLeaders task = new TaskWithLeaders(ViewMapping.task(item.get("task")),
                    item.get("leaders").asList(ViewMapping::official));
            item.get("unitKeys").asList(ResultValue::asString).forEach(unitKey ->
                    byUnit.computeIfAbsent(unitKey, key -> new ArrayList<>()).add(task));
        });
    }

    /** For each given unit (by key), the units sharing tasks of one plan with it, most shared first. */
    public Map<String, List<Partner>> partners(List<String> keys, String planId) {
        return RowGroups.group(reader.read(CypherStatement.PARTNERS_OF_UNITS, StatementParameters.of("keys", keys, "planId", planId)),
                row -> row.get("key").asString(), row -> new Partner(ViewMapping.unit(row.get("unit")),
                        row.get("sharedTaskCount").asInt(), row.get("tasks").asList(ViewMapping::task)));
    }

    /** For each given unit (by key), the officials overseeing the tasks of one plan it leads, most such tasks first. */
    public Map<String, List<OfficialView>> officials(List<String> keys, String planId) {
        return RowGroups.group(reader.read(CypherStatement.OFFICIALS_OF_UNITS, StatementParameters.of("keys", keys, "planId", planId)),
                row -> row.get("unit").asString(), row -> ViewMapping.official(row.get("official")));
    }
}
