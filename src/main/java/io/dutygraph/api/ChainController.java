package io.dutygraph.api;

import io.dutygraph.graph.query.ChainView;
import io.dutygraph.graph.query.Chains;
import io.dutygraph.graph.query.OfficialView;
import io.dutygraph.graph.query.PlanQueries;
import io.dutygraph.graph.query.UnitView;
import io.dutygraph.graph.query.UnitYearView;
import io.dutygraph.plan.LeaderSource;
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

/** Accountability chains of a task, an official and a unit, and a unit's history over the years. */
@Controller
class ChainController {

    private final PlanQueries plans;
    private final Chains chains;

    ChainController(PlanQueries plans, Chains chains) {
        this.plans = plans;
        this.chains = chains;
    }

    @QueryMapping
    ChainView accountability(@Argument int task, @Argument String plan) {
        return chains.of(plans.resolve(plan), task).orElse(null);
    }

    @SchemaMapping(typeName = "Accountability")
    String taskLocation(ChainView chain) {
        return chain.task().location();
    }

    @SchemaMapping(typeName = "Accountability")
    LeaderSource leaderSource(ChainView chain) {
        return chain.task().leaderSource();
    }

    @SchemaMapping(typeName = "Official", field = "chain")
    CompletableFuture<List<ChainView>> officialChain(OfficialView official, @Argument String plan,
            DataLoader<PlanScopedName, List<ChainView>> officialChains) {
        return officialChains.load(new PlanScopedName(official.key(), official.jurisdiction(), plan));
    }

    @SchemaMapping(typeName = "Unit", field = "chain")
    CompletableFuture<List<ChainView>> unitChain(UnitView unit, @Argument Role role, @Argument String plan,
            DataLoader<UnitAssignmentsKey, List<ChainView>> unitChains) {
        return unitChains.load(new UnitAssignmentsKey(unit.key(), unit.jurisdiction(), role, plan));
    }

    @BatchMapping(typeName = "Unit", field = "history")
    Map<UnitView, List<UnitYearView>> history(List<UnitView> units) {
        Map<String, List<UnitYearView>> byKey = chains.history(units.stream().map(UnitView::key).distinct().toList());
        return BatchAnswers.each(units, unit -> byKey.getOrDefault(unit.key(), List.of()));
    }

    @SchemaMapping(typeName = "UnitYear")
    Integer year(UnitYearView year) {
        return year.plan().year();
    }
}
