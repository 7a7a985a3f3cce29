package io.dutygraph.api;

import io.dutygraph.graph.query.AssignmentView;
import io.dutygraph.graph.query.OfficialQueries;
import io.dutygraph.graph.query.OfficialView;
import io.dutygraph.graph.query.Partner;
import io.dutygraph.graph.query.PlanQueries;
import io.dutygraph.graph.query.SectionView;
import io.dutygraph.graph.query.TaskQueries;
import io.dutygraph.graph.query.TaskView;
import io.dutygraph.graph.query.UnitQueries;
import io.dutygraph.graph.query.UnitView;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import reactor.core.publisher.Mono;

/**
 * DataLoaders for fields with arguments (which {@code @BatchMapping} cannot serve): one statement per distinct
 * argument combination in a request, whatever the number of parent objects. Controllers take them as
 * {@code DataLoader} parameters named like the loader.
 */
@Configuration(proxyBeanMethods = false)
class BatchLoaders {

    /** The loader of {@code Task.leaders} (see {@link KnownLeaders}) for tasks whose leaders were not read with them. */
    static final String TASK_LEADERS = "Task.leaders";
    static final String TASK_ASSIGNMENTS = "taskAssignments";
    /** Named as the parameter of {@code UnitController.tasks} it is passed to. */
    static final String UNIT_TASKS_WITH_LEADERS = "unitTasksWithLeaders";
    static final String UNIT_TASKS = "unitTasks";

    BatchLoaders(BatchLoaderRegistry registry, PlanQueries plans, TaskQueries tasks, UnitQueries units,
            OfficialQueries officials) {
        registry.<TaskView, List<AssignmentView>>forName(TASK_ASSIGNMENTS).registerMappedBatchLoader(
                (keys, environment) -> Mono.fromCallable(() -> {
                    Map<String, List<AssignmentView>> byKey = tasks.assignments(keys.stream().map(TaskView::key).toList());
                    return BatchAnswers.each(keys, task -> byKey.getOrDefault(task.key(), List.of()));
                }));
        registry.<TaskView, List<OfficialView>>forName(TASK_LEADERS).registerMappedBatchLoader(
                (keys, environment) -> Mono.fromCallable(() -> {
                    Map<String, List<OfficialView>> byKey = tasks.leaders(keys.stream().map(TaskView::key).distinct().toList());
                    return BatchAnswers.each(keys, task -> byKey.getOrDefault(task.key(), List.of()));
                }));
        registry.<SectionView, List<TaskView>>forName("sectionTasks").registerMappedBatchLoader(
                (keys, environment) -> Mono.fromCallable(() -> {
                    Map<String, List<TaskView>> byKey = tasks.tasksOfSections(keys.stream().map(SectionView::key).toList());
                    return BatchAnswers.each(keys, section -> byKey.getOrDefault(section.key(), List.of()));
                }));
        registry.<UnitAssignmentsKey, List<AssignmentView>>forName("unitAssignments").registerMappedBatchLoader(
                (keys, environment) -> Mono.fromCallable(() -> load(keys, UnitAssignmentsKey::key, UnitAssignmentsKey::scope,
                        (key, names) -> units.assignments(names, planId(plans, key.plan(), key.jurisdiction()), key.role()))));
        registry.<UnitAssignmentsKey, List<TaskView>>forName(UNIT_TASKS).registerMappedBatchLoader(
                (keys, environment) -> Mono.fromCallable(() -> load(keys, UnitAssignmentsKey::key, UnitAssignmentsKey::scope,
                        (key, names) -> units.tasks(names, planId(plans, key.plan(), key.jurisdiction()), key.role()))));
        registry.<UnitAssignmentsKey, LedTasks>forName(UNIT_TASKS_WITH_LEADERS).registerMappedBatchLoader(
                (keys, environment) -> Mono.fromCallable(() -> load(keys, UnitAssignmentsKey::key, UnitAssignmentsKey::scope,
                        (key, names) -> LedTasks.byUnit(units.tasksWithLeaders(names,
                                planId(plans, key.plan(), key.jurisdiction()), key.role())), LedTasks.NONE)));
        registry.<PlanScopedName, List<Partner>>forName("unitPartners").registerMappedBatchLoader(
                (keys, environment) -> Mono.fromCallable(() -> load(keys, PlanScopedName::key, PlanScopedName::scope,
                        (key, names) -> units.partners(names, planId(plans, key.plan(), key.jurisdiction())))));
        registry.<PlanScopedName, List<OfficialView>>forName("unitOfficials").registerMappedBatchLoader(
                (keys, environment) -> Mono.fromCallable(() -> load(keys, PlanScopedName::key, PlanScopedName::scope,
                        (key, names) -> units.officials(names, planId(plans, key.plan(), key.jurisdiction())))));
        registry.<PlanScopedName, List<TaskView>>forName("officialTasks").registerMappedBatchLoader(
                (keys, environment) -> Mono.fromCallable(() -> load(keys, PlanScopedName::key, PlanScopedName::scope,
                        (key, names) -> officials.tasks(names, planId(plans, key.plan(), key.jurisdiction())))));
        registry.<PlanScopedName, List<UnitView>>forName("officialLeadUnits").registerMappedBatchLoader(
                (keys, environment) -> Mono.fromCallable(() -> load(keys, PlanScopedName::key, PlanScopedName::scope,
                        (key, names) -> officials.leadUnits(names, planId(plans, key.plan(), key.jurisdiction())))));
    }

    /** The plan given, else the most recent plan of the unit's or official's jurisdiction. */
    static String planId(PlanQueries plans, String plan, String jurisdiction) {
        return plans.resolve(plan, jurisdiction).id();
    }

    /**
     * Groups keys by the arguments they share ({@code scope}), runs one query per group for all the group's
     * names, and hands each key its list (empty when the query found nothing for its name).
     */
    static <K, V> Map<K, List<V>> load(Set<K> keys, Function<K, String> name, Function<K, String> scope,
            BiFunction<K, List<String>, Map<String, List<V>>> query) {
        return load(keys, name, scope, query, List.of());
    }

    /** As above, with {@code none} for a name the query found nothing for. */
    static <K, V> Map<K, V> load(Set<K> keys, Function<K, String> name, Function<K, String> scope,
            BiFunction<K, List<String>, Map<String, V>> query, V none) {
        Map<K, V> result = new HashMap<>();
        keys.stream().collect(Collectors.groupingBy(scope)).values().forEach(group -> {
            Map<String, V> byName = query.apply(group.get(0), group.stream().map(name).distinct().toList());
            group.forEach(key -> result.put(key, byName.getOrDefault(name.apply(key), none)));
        });
        return result;
    }
}
