package io.dutygraph.api;

import io.dutygraph.graph.query.AssignmentView;
import io.dutygraph.graph.query.ChainView;
import io.dutygraph.graph.query.Chains;
import io.dutygraph.graph.query.OfficialQueries;
import io.dutygraph.graph.query.PlanQueries;
import io.dutygraph.graph.query.TaskView;
import io.dutygraph.graph.query.UnitQueries;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import reactor.core.publisher.Mono;

/** DataLoaders of the chains of officials and units: every chain of a request's officials (units) in one go. */
@Configuration(proxyBeanMethods = false)
class ChainBatchLoaders {

    ChainBatchLoaders(BatchLoaderRegistry registry, PlanQueries plans, Chains chains, OfficialQueries officials,
            UnitQueries units) {
        registry.<PlanScopedName, List<ChainView>>forName("officialChains").registerMappedBatchLoader(
                (keys, environment) -> Mono.fromCallable(() -> BatchLoaders.load(keys, PlanScopedName::key,
                        PlanScopedName::scope, (key, names) -> chains.grouped(officials.tasks(names,
                                BatchLoaders.planId(plans, key.plan(), key.jurisdiction()))))));
        registry.<UnitAssignmentsKey, List<ChainView>>forName("unitChains").registerMappedBatchLoader(
                (keys, environment) -> Mono.fromCallable(() -> BatchLoaders.load(keys, UnitAssignmentsKey::key,
                        UnitAssignmentsKey::scope, (key, names) -> chains.grouped(tasksOf(units.assignments(names,
                                BatchLoaders.planId(plans, key.plan(), key.jurisdiction()), key.role()))))));
    }

    private static Map<String, List<TaskView>> tasksOf(Map<String, List<AssignmentView>> assignments) {
        Map<String, List<TaskView>> tasks = new LinkedHashMap<>();
        assignments.forEach((key, list) -> tasks.put(key, list.stream().map(AssignmentView::task).distinct().toList()));
        return tasks;
    }
}
