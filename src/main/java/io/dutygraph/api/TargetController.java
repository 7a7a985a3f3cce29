package io.dutygraph.api;

import io.dutygraph.graph.query.OfficialView;
import io.dutygraph.graph.query.PlanQueries;
import io.dutygraph.graph.query.TargetFilter;
import io.dutygraph.graph.query.TargetQueries;
import io.dutygraph.graph.query.TargetView;
import io.dutygraph.graph.query.TaskView;
import io.dutygraph.graph.query.UnitView;
import io.dutygraph.graph.query.Window;
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

/** Measurable targets: filtered pages, and the targets of a task, a unit and an official. */
@Controller
class TargetController {

    private final PlanQueries plans;
    private final TargetQueries targets;
    private final Paging paging;

    TargetController(PlanQueries plans, TargetQueries targets, Paging paging) {
        this.plans = plans;
        this.targets = targets;
        this.paging = paging;
    }

    @QueryMapping
    Connection<TargetView> targets(@Argument TargetFilter where, @Argument Integer first, @Argument String after,
            @Argument Integer last, @Argument String before, @Argument String plan) {
        Window window = paging.window(Cursors.Kind.TARGET, first, after, last, before);
        return Connection.of(targets.targets(plans.resolve(plan, null), where == null ? TargetFilter.NONE : where,
                window), Cursors.Kind.TARGET, TargetQueries::byTaskAndPosition);
    }

    @BatchMapping(typeName = "Task", field = "targets")
    Map<TaskView, List<TargetView>> taskTargets(List<TaskView> taskViews) {
        Map<String, List<TargetView>> byTask = targets.ofTasks(taskViews.stream().map(TaskView::key).distinct().toList());
        return BatchAnswers.each(taskViews, task -> byTask.getOrDefault(task.key(), List.of()));
    }

    @SchemaMapping(typeName = "Unit", field = "targets")
    CompletableFuture<Connection<TargetView>> unitTargets(UnitView unit, @Argument Role role, @Argument String plan,
            @Argument Integer first, @Argument String after, @Argument Integer last, @Argument String before,
            DataLoader<UnitAssignmentsKey, List<TargetView>> unitTargets) {
        Window window = paging.window(Cursors.Kind.TARGET, first, after, last, before);
        return unitTargets.load(new UnitAssignmentsKey(unit.key(), unit.jurisdiction(), role, plan))
                .thenApply(list -> Connection.over(list, window, Cursors.Kind.TARGET, TargetQueries::byTaskAndPosition));
    }

    @SchemaMapping(typeName = "Official", field = "targets")
    CompletableFuture<Connection<TargetView>> officialTargets(OfficialView official, @Argument String plan,
            @Argument Integer first, @Argument String after, @Argument Integer last, @Argument String before,
            DataLoader<PlanScopedName, List<TargetView>> officialTargets) {
        Window window = paging.window(Cursors.Kind.TARGET, first, after, last, before);
        return officialTargets.load(new PlanScopedName(official.key(), official.jurisdiction(), plan))
                .thenApply(list -> Connection.over(list, window, Cursors.Kind.TARGET, TargetQueries::byTaskAndPosition));
    }
}
