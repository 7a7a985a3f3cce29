package io.dutygraph.api;

import io.dutygraph.graph.query.OfficialQueries;
import io.dutygraph.graph.query.OfficialView;
import io.dutygraph.graph.query.PlanQueries;
import io.dutygraph.graph.query.TaskView;
import io.dutygraph.graph.query.UnitView;
import java.util.List;
import java.util.concurrent.CompletableFuture;
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

    OfficialController(PlanQueries plans, OfficialQueries officials) {
        this.plans = plans;
        this.officials = officials;
    }

    @QueryMapping
    OfficialView official(@Argument String name, @Argument String jurisdiction) {
        return officials.official(name, jurisdiction);
    }

    @QueryMapping
    List<OfficialView> officials(@Argument String plan) {
        return officials.officials(plans.resolve(plan));
    }

    @SchemaMapping
    CompletableFuture<List<TaskView>> tasks(OfficialView official, @Argument String plan,
            DataLoader<PlanScopedName, List<TaskView>> officialTasks) {
        return officialTasks.load(new PlanScopedName(official.key(), official.jurisdiction(), plan));
    }

    @SchemaMapping
    CompletableFuture<Integer> taskCount(OfficialView official, @Argument String plan,
            DataLoader<PlanScopedName, List<TaskView>> officialTasks) {
        return tasks(official, plan, officialTasks).thenApply(List::size);
    }

    @SchemaMapping
    CompletableFuture<List<UnitView>> leadUnits(OfficialView official, @Argument String plan,
            DataLoader<PlanScopedName, List<UnitView>> officialLeadUnits) {
        return officialLeadUnits.load(new PlanScopedName(official.key(), official.jurisdiction(), plan));
    }
}
