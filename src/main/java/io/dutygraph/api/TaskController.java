package io.dutygraph.api;

import graphql.execution.DataFetcherResult;
import graphql.schema.DataFetchingEnvironment;
import io.dutygraph.graph.query.AssignmentView;
import io.dutygraph.graph.query.ChapterView;
import io.dutygraph.graph.query.PlanQueries;
import io.dutygraph.graph.query.PlanView;
import io.dutygraph.graph.query.SectionView;
import io.dutygraph.graph.query.TaskFilter;
import io.dutygraph.graph.query.TaskQueries;
import io.dutygraph.graph.query.TaskQueries.SearchHit;
import io.dutygraph.graph.query.TaskView;
import io.dutygraph.graph.query.TaskWithPeople;
import io.dutygraph.graph.query.Window;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.dataloader.DataLoader;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** Tasks: by number, pages, full-text search, and each task's plan, place, leaders and units. */
@Controller
@SchemaMapping(typeName = "Task")
class TaskController {

    /** Longer than any task text of a plan, far below Lucene's clause limit (one bigram per character). */
    static final int MAX_SEARCH_TEXT = 200;
    /** Hits beyond this are not ranked: a plan rarely holds more tasks, and a search this wide says nothing. */
    static final int MAX_SEARCH_HITS = 1000;

    private final PlanQueries plans;
    private final TaskQueries tasks;
    private final Paging paging;

    TaskController(PlanQueries plans, TaskQueries tasks, Paging paging) {
        this.plans = plans;
        this.tasks = tasks;
        this.paging = paging;
    }

    /**
     * One task; when its leaders or units are asked too, they are read in the same statement: the leaders handed
     * down to {@code Task.leaders}, the assignments primed into the loader that serves the units, so the whole
     * answer costs one statement.
     */
    @QueryMapping
    DataFetcherResult<TaskView> task(@Argument int number, @Argument String plan, DataFetchingEnvironment environment) {
        String planId = plans.resolve(plan);
        if (!environment.getSelectionSet().containsAnyOf("leaders", "assignments", "leadUnits", "supportUnits")) {
            return DataFetcherResult.<TaskView>newResult().data(tasks.task(planId, number).orElse(null)).build();
        }
        TaskWithPeople found = tasks.taskWithPeople(planId, number).orElse(null);
        if (found == null) {
            return DataFetcherResult.<TaskView>newResult().data(null).build();
        }
        DataLoader<TaskView, List<AssignmentView>> assignments = environment.getDataLoader(BatchLoaders.TASK_ASSIGNMENTS);
        if (assignments != null) {
            assignments.prime(found.task(), found.assignments());
        }
        return new KnownLeaders(Map.of(found.task().key(), found.leaders())).with(found.task());
    }

    @QueryMapping
    Connection<TaskView> tasks(@Argument TaskFilter where, @Argument Integer first, @Argument String after,
            @Argument Integer last, @Argument String before, @Argument String plan) {
        Window window = paging.window(Cursors.Kind.TASK, first, after, last, before);
        return Connection.of(tasks.tasks(plans.resolve(plan, null), where == null ? TaskFilter.NONE : where, window),
                Cursors.Kind.TASK, TaskQueries::byNumber);
    }

    @QueryMapping
    Connection<TaskView> search(@Argument String text, @Argument Integer first, @Argument String after,
            @Argument Integer last, @Argument String before, @Argument String plan) {
        if (text.length() > MAX_SEARCH_TEXT) {
            // Lucene refuses queries of too many terms; longer text than any task holds is refused here, typed.
            throw new InvalidArgumentException("search text is " + text.length() + " characters; at most "
                    + MAX_SEARCH_TEXT + " are searched");
        }
        Window window = paging.window(Cursors.Kind.SEARCH_HIT, first, after, last, before);
        List<SearchHit> hits = tasks.search(plans.resolve(plan), text, MAX_SEARCH_HITS);
        Map<TaskView, Window.SortKey> keys = hits.stream().collect(Collectors.toMap(SearchHit::task, SearchHit::sortKey));
        return Connection.over(hits.stream().map(SearchHit::task).toList(), window, Cursors.Kind.SEARCH_HIT, keys::get);
    }

    @BatchMapping
    Map<TaskView, PlanView> plan(List<TaskView> taskViews) {
        Map<String, PlanView> byId = BatchAnswers.index(plans.plans(), PlanView::id);
        return BatchAnswers.each(taskViews, task -> byId.get(task.planId()));
    }

    @BatchMapping
    Map<TaskView, ChapterView> chapter(List<TaskView> taskViews) {
        Map<String, ChapterView> byTask = tasks.chapters(keys(taskViews));
        return BatchAnswers.each(taskViews, task -> byTask.get(task.key()));
    }

    @BatchMapping
    Map<TaskView, SectionView> section(List<TaskView> taskViews) {
        Map<String, SectionView> byTask = tasks.sections(keys(taskViews));
        return BatchAnswers.each(taskViews, task -> byTask.get(task.key()));
    }

    private static List<String> keys(List<TaskView> taskViews) {
        return taskViews.stream().map(TaskView::key).distinct().toList();
    }
}
