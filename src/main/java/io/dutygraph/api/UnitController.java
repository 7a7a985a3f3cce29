package io.dutygraph.api;

import io.dutygraph.graph.query.AssignmentView;
import io.dutygraph.graph.query.OfficialView;
import io.dutygraph.graph.query.Partner;
import io.dutygraph.graph.query.TaskQueries;
import io.dutygraph.graph.query.TaskView;
import io.dutygraph.graph.query.UnitFilter;
import io.dutygraph.graph.query.UnitQueries;
import io.dutygraph.graph.query.UnitView;
import io.dutygraph.plan.Role;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.dataloader.DataLoader;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** Units: lookup by name or alias, pages, towns, co-owned tasks, and each unit's tasks, partners and officials. */
@Controller
@SchemaMapping(typeName = "Unit")
class UnitController {

    /** Schema default of {@code Unit.partners(first)}, also when a client passes null explicitly. */
    private static final int DEFAULT_PARTNERS = 10;

    private final UnitQueries units;
    private final TaskQueries tasks;
    private final Paging paging;

    UnitController(UnitQueries units, TaskQueries tasks, Paging paging) {
        this.units = units;
        this.tasks = tasks;
        this.paging = paging;
    }

    @QueryMapping
    UnitView unit(@Argument String name, @Argument String jurisdiction) {
        return units.unit(name, jurisdiction);
    }

    @QueryMapping
    Connection<UnitView> units(@Argument UnitFilter where, @Argument Integer first, @Argument String after,
            @Argument String jurisdiction) {
        int limit = paging.pageSize(first);
        return Connection.of(units.units(where == null ? UnitFilter.NONE : where, jurisdiction, paging.offsetAfter(after),
                limit));
    }

    @QueryMapping
    List<UnitView> towns(@Argument String jurisdiction) {
        return units.towns(jurisdiction);
    }

    @QueryMapping
    List<TaskView> coOwnedTasks(@Argument List<String> units, @Argument Role role, @Argument Boolean expandCollectives,
            @Argument String plan, @Argument String jurisdiction) {
        if (units.isEmpty()) {
            throw new InvalidArgumentException("coOwnedTasks needs at least one unit name");
        }
        return tasks.coOwnedTasks(this.units.planFor(plan, jurisdiction, units), units, role,
                !Boolean.FALSE.equals(expandCollectives));
    }

    @SchemaMapping
    CompletableFuture<List<AssignmentView>> assignments(UnitView unit, @Argument Role role, @Argument String plan,
            DataLoader<UnitAssignmentsKey, List<AssignmentView>> unitAssignments) {
        return unitAssignments.load(new UnitAssignmentsKey(unit.key(), unit.jurisdiction(), role, plan));
    }

    /** The unit's distinct tasks, read as tasks (one row each), not derived from its assignments. */
    @SchemaMapping
    CompletableFuture<List<TaskView>> tasks(UnitView unit, @Argument Role role, @Argument String plan,
            DataLoader<UnitAssignmentsKey, List<TaskView>> unitTasks) {
        return unitTasks.load(new UnitAssignmentsKey(unit.key(), unit.jurisdiction(), role, plan));
    }

    @SchemaMapping
    CompletableFuture<Integer> taskCount(UnitView unit, @Argument Role role, @Argument String plan,
            DataLoader<UnitAssignmentsKey, List<TaskView>> unitTasks) {
        return tasks(unit, role, plan, unitTasks).thenApply(List::size);
    }

    @SchemaMapping
    CompletableFuture<List<Partner>> partners(UnitView unit, @Argument Integer first, @Argument String plan,
            DataLoader<PlanScopedName, List<Partner>> unitPartners) {
        int limit = paging.pageSize(first == null ? DEFAULT_PARTNERS : first);
        return unitPartners.load(new PlanScopedName(unit.key(), unit.jurisdiction(), plan))
                .thenApply(partners -> partners.stream().limit(limit).toList());
    }

    @SchemaMapping
    CompletableFuture<List<OfficialView>> officials(UnitView unit, @Argument String plan,
            DataLoader<PlanScopedName, List<OfficialView>> unitOfficials) {
        return unitOfficials.load(new PlanScopedName(unit.key(), unit.jurisdiction(), plan));
    }

    @BatchMapping
    Map<UnitView, List<UnitView>> members(List<UnitView> unitViews) {
        Map<String, List<UnitView>> byKey = units.members(unitViews.stream().map(UnitView::key).distinct().toList());
        return BatchAnswers.each(unitViews, unit -> byKey.getOrDefault(unit.key(), List.of()));
    }
}
