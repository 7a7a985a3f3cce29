package io.dutygraph.api;

import graphql.TrivialDataFetcher;
import graphql.schema.DataFetchingEnvironment;
import io.dutygraph.graph.query.AssignmentView;
import io.dutygraph.graph.query.TaskView;
import io.dutygraph.graph.query.UnitView;
import io.dutygraph.plan.Role;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Predicate;
import org.dataloader.DataLoader;

/**
 * {@code Task.assignments}, {@code Task.leadUnits} and {@code Task.supportUnits}, from the task's assignments (one
 * batched statement for every task of a request, or primed by {@code Query.task}). Plain data fetchers rather than
 * controller methods: asked for each task of a list, a {@code @SchemaMapping} method costs a handler method built
 * and its arguments resolved per call. They read no thread-bound context, so they are marked trivial and Spring does
 * not wrap them in its per-field context propagation.
 */
final class TaskAssignments {

    private TaskAssignments() {
    }

    static TrivialDataFetcher<CompletableFuture<List<AssignmentView>>> all() {
        return TaskAssignments::of;
    }

    static TrivialDataFetcher<CompletableFuture<List<UnitView>>> leadUnits() {
        return environment -> unitsOf(of(environment), assignment -> assignment.role() == Role.LEAD);
    }

    static TrivialDataFetcher<CompletableFuture<List<UnitView>>> supportUnits() {
        return environment -> unitsOf(of(environment), assignment -> assignment.role() != Role.LEAD);
    }

    private static CompletableFuture<List<AssignmentView>> of(DataFetchingEnvironment environment) {
        DataLoader<TaskView, List<AssignmentView>> loader = environment.getDataLoader(BatchLoaders.TASK_ASSIGNMENTS);
        return loader.load(environment.getSource());
    }

    private static CompletableFuture<List<UnitView>> unitsOf(CompletableFuture<List<AssignmentView>> assignments,
            Predicate<AssignmentView> which) {
        return assignments.thenApply(list -> list.stream().filter(which).map(AssignmentView::unit).distinct().toList());
    }
}
