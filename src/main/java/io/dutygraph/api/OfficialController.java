package io.dutygraph.api;

import io.dutygraph.graph.query.OfficialQueries;
import io.dutygraph.graph.query.OfficialQueries.Workload;
import io.dutygraph.graph.query.OfficialView;
import io.dutygraph.graph.query.PlanQueries;
import io.dutygraph.graph.query.TaskQueries;
import io.dutygraph.graph.query.TaskView;
import io.dutygraph.graph.query.UnitView;
import io.dutygraph.graph.query.Window;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import org.dataloader.DataLoader;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** Lead officials: lookup ignoring spaces, and the tasks and lead units of each. */
@Controller
@SchemaMapping(typeName = "Official")
class OfficialController {

    private final PlanQueries plans;
    private final OfficialQueries officials;
    private final Paging paging;

    OfficialController(PlanQueries plans, OfficialQueries officials, Paging paging) {
        this.plans = plans;
        this.officials = officials;
        this.paging = paging;
    }

    @QueryMapping
    OfficialView official(@Argument String name, @Argument String jurisdiction) {
        return officials.official(name, jurisdiction);
    }

    @QueryMapping
    Connection<OfficialView> officials(@Argument String plan, @Argument Integer first, @Argument String after,
            @Argument Integer last, @Argument String before) {
        Window window = paging.window(Cursors.Kind.RANKED_OFFICIAL, first, after, last, before);
        List<Workload> workloads = officials.officials(plans.resolve(plan));
        Map<OfficialView, Window.SortKey> keys = workloads.stream()
                .collect(Collectors.toMap(Workload::official, Workload::sortKey));
        return Connection.over(workloads.stream().map(Workload::official).toList(), window,
                Cursors.Kind.RANKED_OFFICIAL, keys::get);
    }

    @SchemaMapping
    CompletableFuture<Connection<TaskView>> tasks(OfficialView official, @Argument String plan, @Argument Integer first,
            @Argument String after, @Argument Integer last, @Argument String before,
            DataLoader<PlanScopedName, List<TaskView>> officialTasks) {
        Window window = paging.window(Cursors.Kind.TASK, first, after, last, before);
        return tasksOf(official, plan, officialTasks)
                .thenApply(list -> Connection.over(list, window, Cursors.Kind.TASK, TaskQueries::byNumber));
    }

    @SchemaMapping
    CompletableFuture<Integer> taskCount(OfficialView official, @Argument String plan,
            DataLoader<PlanScopedName, List<TaskView>> officialTasks) {
        return tasksOf(official, plan, officialTasks).thenApply(List::size);
    }

    private static CompletableFuture<List<TaskView>> tasksOf(OfficialView official, String plan,
            DataLoader<PlanScopedName, List<TaskView>> officialTasks) {
        return officialTasks.load(new PlanScopedName(official.key(), official.jurisdiction(), plan));
    }

    @SchemaMapping
    CompletableFuture<List<UnitView>> leadUnits(OfficialView official, @Argument String plan,
            DataLoader<PlanScopedName, List<UnitView>> officialLeadUnits) {
        return officialLeadUnits.load(new PlanScopedName(official.key(), official.jurisdiction(), plan));
    }
}
