package io.dutygraph.api;

import graphql.TrivialDataFetcher;
import graphql.execution.DataFetcherResult;
import graphql.schema.DataFetchingEnvironment;
import io.dutygraph.graph.query.OfficialView;
import io.dutygraph.graph.query.TaskView;
import java.util.List;
import java.util.Map;
import org.dataloader.DataLoader;

/**
 * Leaders already read with their tasks (by task key), handed down to the tasks' fields as graphql-java's local
 * context: {@code Task.leaders} answers from it without a DataLoader round, and falls back to the loader for a task
 * it does not hold (one deeper in the request, or of a field that read its tasks without leaders).
 */
record KnownLeaders(Map<String, List<OfficialView>> byTaskKey) {

    /** {@code data}, with these leaders handed to the fields below it. */
    <T> DataFetcherResult<T> with(T data) {
        return DataFetcherResult.<T>newResult().data(data).localContext(this).build();
    }

    /**
     * The fetcher of {@code Task.leaders}. It reads no thread-bound context, so it is marked trivial: Spring then does
     * not wrap it in its per-field context propagation, which cost more than the field on long nested lists.
     */
    static TrivialDataFetcher<Object> fetcher() {
        return KnownLeaders::leaders;
    }

    private static Object leaders(DataFetchingEnvironment environment) {
        TaskView task = environment.getSource();
        if (environment.getLocalContext() instanceof KnownLeaders known) {
            List<OfficialView> leaders = known.byTaskKey().get(task.key());
            if (leaders != null) {
                return leaders;
            }
        }
        DataLoader<TaskView, List<OfficialView>> loader = environment.getDataLoader(BatchLoaders.TASK_LEADERS);
        return loader.load(task);
    }
}
