package io.dutygraph.api;

import io.dutygraph.graph.query.PlanQueries;
import io.dutygraph.graph.query.TargetQueries;
import io.dutygraph.graph.query.TargetView;
import java.util.List;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import reactor.core.publisher.Mono;

/** DataLoaders of the targets of units and officials (fields with arguments), the way {@link BatchLoaders} does. */
@Configuration(proxyBeanMethods = false)
class TargetBatchLoaders {

    TargetBatchLoaders(BatchLoaderRegistry registry, PlanQueries plans, TargetQueries targets) {
        registry.<UnitAssignmentsKey, List<TargetView>>forName("unitTargets").registerMappedBatchLoader(
                (keys, environment) -> Mono.fromCallable(() -> BatchLoaders.load(keys, UnitAssignmentsKey::key,
                        UnitAssignmentsKey::scope, (key, names) -> targets.ofUnits(names,
                                BatchLoaders.planId(plans, key.plan(), key.jurisdiction()), key.role()))));
        registry.<PlanScopedName, List<TargetView>>forName("officialTargets").registerMappedBatchLoader(
                (keys, environment) -> Mono.fromCallable(() -> BatchLoaders.load(keys, PlanScopedName::key,
                        PlanScopedName::scope, (key, names) -> targets.ofOfficials(names,
                                BatchLoaders.planId(plans, key.plan(), key.jurisdiction())))));
    }
}
