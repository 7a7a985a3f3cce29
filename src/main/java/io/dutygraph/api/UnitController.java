package io.dutygraph.api;

import graphql.execution.DataFetcherResult;
import graphql.schema.DataFetchingEnvironment;
import io.dutygraph.graph.query.AssignmentView;
import io.dutygraph.graph.query.OfficialView;
import io.dutygraph.graph.query.Page;
import io.dutygraph.graph.query.Partner;
import io.dutygraph.graph.query.TaskQueries;
import io.dutygraph.graph.query.TaskView;
import io.dutygraph.graph.query.UnitFilter;
import io.dutygraph.graph.query.UnitQueries;
import io.dutygraph.graph.query.UnitView;
import io.dutygraph.graph.query.UnitsWithTasks;
import io.dutygraph.graph.query.Window;
import io.dutygraph.plan.Role;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.dataloader.DataLoader;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** Units: lookup by name or alias, pages, towns, co-owned tasks, and each unit's tasks, partners and officials. */
@Controller
@SchemaMapping(typeName = "Unit")
class UnitController {

    /** Page size of {@code Unit.partners} without {@code first} or {@code last}. */
    private static final int DEFAULT_PARTNERS = 10;
    /** Selection patterns of {@code Unit.tasks} that ask for the tasks' leaders. */
    private static final String LEADERS = "nodes/leaders";
    private static final String EDGE_LEADERS = "edges/node/leaders";
    private static final String TEXT = "nodes/text";
    private static final String EDGE_TEXT = "edges/node/text";

    private final UnitQueries units;
    private final TaskQueries tasks;
    private final Paging paging;

    UnitController(UnitQueries units, TaskQueries tasks, Paging paging) {
        this.units = units;
        this.tasks = tasks;
        this.paging = paging;
    }

    @QueryMapping
    UnitView unit(@Argument String name, @Argument String jurisdiction) {
        return units.unit(name, jurisdiction);
    }

    /**
     * A page of units. When the units' tasks are asked with their leaders, the page is read with them in one
     * statement and handed down to {@link #tasks} ({@link UnitsReadAhead}): units, tasks and leaders cost one
     * statement in all.
     */
    @QueryMapping
    DataFetcherResult<Connection<UnitView>> units(@Argument UnitFilter where, @Argument Integer first,
            @Argument String after, @Argument Integer last, @Argument String before, @Argument String jurisdiction,
            DataFetchingEnvironment environment) {
        Window window = paging.window(Cursors.Kind.UNIT, first, after, last, before);
        UnitFilter filter = where == null ? UnitFilter.NONE : where;
        Optional<AskedTasks> asked = AskedTasks.in(environment);
        Optional<UnitsWithTasks> read = asked.flatMap(tasks -> units.unitsWithTasks(filter, jurisdiction, window,
                tasks.plan(), tasks.role(), tasks.text(), tasks.sources()));
        if (read.isEmpty()) {
            return DataFetcherResult.<Connection<UnitView>>newResult().data(Connection.of(units.units(filter,
                    jurisdiction, window), Cursors.Kind.UNIT, UnitQueries::byName)).build();
        }
        Page<UnitView> page = read.get().page();
        Map<String, LedTasks> tasks = LedTasks.byUnit(read.get().tasksByUnit());
        page.items().forEach(unit -> tasks.putIfAbsent(unit.key(), LedTasks.NONE));
        return DataFetcherResult.<Connection<UnitView>>newResult()
                .data(Connection.of(page, Cursors.Kind.UNIT, UnitQueries::byName))
                .localContext(new UnitsReadAhead(asked.get(), tasks)).build();
    }

    @QueryMapping
    List<UnitView> towns(@Argument String jurisdiction) {
        return units.towns(jurisdiction);
    }

    @QueryMapping
    Connection<TaskView> coOwnedTasks(@Argument List<String> units, @Argument Role role,
            @Argument Boolean expandCollectives, @Argument Integer first, @Argument String after, @Argument Integer last,
            @Argument String before, @Argument String plan, @Argument String jurisdiction) {
        if (units.isEmpty()) {
            throw new InvalidArgumentException("coOwnedTasks needs at least one unit name");
        }
        Window window = paging.window(Cursors.Kind.TASK, first, after, last, before);
        return Connection.over(tasks.coOwnedTasks(this.units.planFor(plan, jurisdiction, units), units, role,
                !Boolean.FALSE.equals(expandCollectives)), window, Cursors.Kind.TASK, TaskQueries::byNumber);
    }

    @SchemaMapping
    CompletableFuture<Connection<AssignmentView>> assignments(UnitView unit, @Argument Role role, @Argument String plan,
            @Argument Integer first, @Argument String after, @Argument Integer last, @Argument String before,
            DataLoader<UnitAssignmentsKey, List<AssignmentView>> unitAssignments) {
        Window window = paging.window(Cursors.Kind.ASSIGNMENT, first, after, last, before);
        return assignmentsOf(unit, role, plan, unitAssignments).thenApply(assignments -> Connection.over(assignments,
                window, Cursors.Kind.ASSIGNMENT, UnitController::assignmentKey));
    }

    /**
     * The unit's distinct tasks, read as tasks (one row each), not derived from its assignments. When the tasks'
     * leaders are asked too, they are read in the same statement and handed down to {@code Task.leaders}
     * ({@link KnownLeaders}), so that the leaders of every task cost no second statement. Wired as a plain data
     * fetcher ({@link SchemaWiring}): asked once for each unit of a page, a {@code @SchemaMapping} method costs a
     * handler method built and five arguments resolved per call, 9% of the nested units query's CPU samples.
     */
    CompletableFuture<DataFetcherResult<Connection<TaskView>>> tasks(DataFetchingEnvironment environment) {
        UnitView unit = environment.getSource();
        TasksArguments arguments = TasksArguments.of(environment.getArguments());
        Window window = paging.window(Cursors.Kind.TASK, arguments.first(), arguments.after(), arguments.last(),
                arguments.before());
        if (SelectionQuestions.asksAnyOf(environment, LEADERS, EDGE_LEADERS)) {
            Optional<LedTasks> readAhead = environment.getLocalContext() instanceof UnitsReadAhead ahead
                    ? ahead.tasksOf(unit, arguments.role(), arguments.plan(),
                            SelectionQuestions.asksAnyOf(environment, TEXT, EDGE_TEXT),
                            SelectionQuestions.asksAnyOf(environment, AskedTasks.SOURCE, AskedTasks.MORE_SOURCES))
                    : Optional.empty();
            if (readAhead.isPresent()) {
                return CompletableFuture.completedFuture(readAhead.get().leaders().with(page(readAhead.get().tasks(),
                        window)));
            }
            DataLoader<UnitAssignmentsKey, LedTasks> withLeaders =
                    environment.getDataLoader(BatchLoaders.UNIT_TASKS_WITH_LEADERS);
            return withLeaders.load(key(unit, arguments.role(), arguments.plan())).thenApply(led ->
                    led.leaders().with(page(led.tasks(), window)));
        }
        DataLoader<UnitAssignmentsKey, List<TaskView>> unitTasks = environment.getDataLoader(BatchLoaders.UNIT_TASKS);
        return tasksOf(unit, arguments.role(), arguments.plan(), unitTasks).thenApply(tasks ->
                DataFetcherResult.<Connection<TaskView>>newResult().data(page(tasks, window)).build());
    }

    /** The arguments of {@code Unit.tasks}, as graphql-java coerced them (an enum value arrives as its name). */
    record TasksArguments(Role role, String plan, Integer first, String after, Integer last, String before) {

        static TasksArguments of(Map<String, Object> arguments) {
            Object role = arguments.get("role");
            return new TasksArguments(role == null ? null : Role.valueOf(role.toString()),
                    (String) arguments.get("plan"), (Integer) arguments.get("first"), (String) arguments.get("after"),
                    (Integer) arguments.get("last"), (String) arguments.get("before"));
        }
    }

    private static Connection<TaskView> page(List<TaskView> tasks, Window window) {
        return Connection.over(tasks, window, Cursors.Kind.TASK, TaskQueries::byNumber);
    }

    @SchemaMapping
    CompletableFuture<Integer> taskCount(UnitView unit, @Argument Role role, @Argument String plan,
            DataLoader<UnitAssignmentsKey, List<TaskView>> unitTasks) {
        return tasksOf(unit, role, plan, unitTasks).thenApply(List::size);
    }

    @SchemaMapping
    CompletableFuture<Connection<Partner>> partners(UnitView unit, @Argument Integer first, @Argument String after,
            @Argument Integer last, @Argument String before, @Argument String plan,
            DataLoader<PlanScopedName, List<Partner>> unitPartners) {
        Integer size = first == null && last == null ? Integer.valueOf(DEFAULT_PARTNERS) : first;
        Window window = paging.window(Cursors.Kind.RANKED_UNIT, size, after, last, before);
        return unitPartners.load(new PlanScopedName(unit.key(), unit.jurisdiction(), plan)).thenApply(partners ->
                Connection.over(partners, window, Cursors.Kind.RANKED_UNIT,
                        partner -> Window.SortKey.of(-partner.sharedTaskCount(), partner.unit().name())));
    }

    private static CompletableFuture<List<AssignmentView>> assignmentsOf(UnitView unit, Role role, String plan,
            DataLoader<UnitAssignmentsKey, List<AssignmentView>> unitAssignments) {
        return unitAssignments.load(key(unit, role, plan));
    }

    private static CompletableFuture<List<TaskView>> tasksOf(UnitView unit, Role role, String plan,
            DataLoader<UnitAssignmentsKey, List<TaskView>> unitTasks) {
        return unitTasks.load(key(unit, role, plan));
    }

    private static UnitAssignmentsKey key(UnitView unit, Role role, String plan) {
        return new UnitAssignmentsKey(unit.key(), unit.jurisdiction(), role, plan);
    }

    /** A unit's assignments run in task-number order, then by place in the units cell. */
    private static Window.SortKey assignmentKey(AssignmentView assignment) {
        return Window.SortKey.of(assignment.task().number(), assignment.position());
    }

    @SchemaMapping
    CompletableFuture<List<OfficialView>> officials(UnitView unit, @Argument String plan,
            DataLoader<PlanScopedName, List<OfficialView>> unitOfficials) {
        return unitOfficials.load(new PlanScopedName(unit.key(), unit.jurisdiction(), plan));
    }

    @BatchMapping
    Map<UnitView, List<UnitView>> members(List<UnitView> unitViews) {
        Map<String, List<UnitView>> byKey = units.members(unitViews.stream().map(UnitView::key).distinct().toList());
        return BatchAnswers.each(unitViews, unit -> byKey.getOrDefault(unit.key(), List.of()));
    }
}
