package io.dutygraph.graph.query;

import io.dutygraph.graph.store.CypherStatement;
import io.dutygraph.graph.store.GraphReader;
import io.dutygraph.graph.store.ResultRow;
import io.dutygraph.graph.store.StatementParameters;
import io.dutygraph.plan.Role;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/** Tasks of a plan: by number, filtered pages, full-text search, and what hangs off a task. */
@Component
public class TaskQueries {

    /** Lucene query syntax characters, escaped so that user text is searched for as written. */
    private static final Pattern LUCENE_SPECIAL = Pattern.compile("[+\\-&|!(){}\\[\\]^\"~*?:\\\\/]");

    private final GraphReader reader;
    private final UnitQueries units;
    private final OfficialQueries officials;

    TaskQueries(GraphReader reader, UnitQueries units, OfficialQueries officials) {
        this.reader = reader;
        this.units = units;
        this.officials = officials;
    }

    public Optional<TaskView> task(String planId, int number) {
        return reader.read(CypherStatement.TASK_BY_NUMBER, StatementParameters.of("planId", planId, "number", number)).stream()
                .map(row -> ViewMapping.task(row.get("task"))).findFirst();
    }

    /** One task with its leaders and assignments, in one statement. */
    public Optional<TaskWithPeople> taskWithPeople(String planId, int number) {
        return reader.read(CypherStatement.TASK_WITH_PEOPLE_BY_NUMBER,
                StatementParameters.of("planId", planId, "number", number)).stream().map(row -> {
                    TaskView task = ViewMapping.task(row.get("task"));
                    return new TaskWithPeople(task, row.get("leaders").asList(ViewMapping::official),
                            row.get("assignments").asList(assignment -> ViewMapping.assignment(task, assignment::get)));
                }).findFirst();
    }

    /** The sort key of task lists in task-number order. */
    public static Window.SortKey byNumber(TaskView task) {
        return Window.SortKey.of(task.number());
    }

    /**
     * One window of the tasks of a plan matching {@code filter}, in task-number order; unit and official names
     * resolved in the plan's jurisdiction.
     */
    public Page<TaskView> tasks(PlanRef plan, TaskFilter filter, Window window) {
        Map<String, Object> parameters = StatementParameters.of(window.parameters("Number"));
        parameters.putAll(StatementParameters.of("planId", plan.id(), "chapter", filter.chapter(),
                "section", filter.section(),
                "unit", filter.unit() == null ? null : units.key(plan.jurisdiction(), filter.unit()),
                "relationship", ViewMapping.relationship(filter.role()),
                "official", filter.official() == null ? null : officials.key(plan.jurisdiction(), filter.official()),
                "leaderSource", filter.leaderSource() == null ? null : filter.leaderSource().name(),
                "text", filter.text(), "minLeadUnits", filter.minLeadUnits()));
        List<ResultRow> rows = reader.read(CypherStatement.TASKS_PAGE, parameters);
        return Page.of(rows, "task", ViewMapping::task);
    }

    /** A task found by full-text search, with its Lucene score. */
    public record SearchHit(TaskView task, double score) {

        /** Best match first, then by task number. */
        public Window.SortKey sortKey() {
            return Window.SortKey.of(-score, task.number());
        }
    }

    /** Full-text search (cjk analyzer) inside one plan, best match first: at most {@code limit} hits. */
    public List<SearchHit> search(String planId, String text, int limit) {
        // Lower case turns the operator words AND, OR, NOT, TO into plain terms (the analyzer lower-cases anyway).
        String query = LUCENE_SPECIAL.matcher(text.toLowerCase(Locale.ROOT))
                .replaceAll(m -> Matcher.quoteReplacement("\\" + m.group()));
        if (query.isBlank()) {
            return List.of();
        }
        return reader.read(CypherStatement.SEARCH_TASKS, StatementParameters.of("planId", planId, "query", query, "limit", limit))
                .stream().map(row -> new SearchHit(ViewMapping.task(row.get("task")), ((Number) row.get("score").asObject()).doubleValue()))
                .toList();
    }

    /**
     * Tasks of a plan on which every named unit (of the plan's jurisdiction) holds an assignment (of {@code role},
     * if given), in task-number order.
     */
    public List<TaskView> coOwnedTasks(PlanRef plan, List<String> unitNames, Role role,
            boolean expandCollectives) {
        List<String> keys = unitNames.stream().map(name -> units.key(plan.jurisdiction(), name)).distinct().toList();
        return reader.read(CypherStatement.CO_OWNED_TASKS, StatementParameters.of("planId", plan.id(), "keys", keys,
                        "relationship", ViewMapping.relationship(role), "expandCollectives", expandCollectives))
                .stream().map(row -> ViewMapping.task(row.get("task"))).toList();
    }

    /** The lead officials of each given task, in written order. */
    public Map<String, List<OfficialView>> leaders(List<String> taskKeys) {
        return RowGroups.group(reader.read(CypherStatement.LEADERS_OF_TASKS, StatementParameters.of("taskKeys", taskKeys)),
                row -> row.get("taskKey").asString(), row -> ViewMapping.official(row.get("official")));
    }

    /** The assignments written in each given task's units cell, in written order. */
    public Map<String, List<AssignmentView>> assignments(List<String> taskKeys) {
        return RowGroups.group(reader.read(CypherStatement.ASSIGNMENTS_OF_TASKS, StatementParameters.of("taskKeys", taskKeys)),
                row -> row.get("task").get("key").asString(), ViewMapping::assignment);
    }

    /** The section of each given task. */
    public Map<String, SectionView> sections(List<String> taskKeys) {
        Map<String, SectionView> sections = new LinkedHashMap<>();
        reader.read(CypherStatement.SECTIONS_OF_TASKS, StatementParameters.of("taskKeys", taskKeys))
                .forEach(row -> sections.put(row.get("taskKey").asString(), ViewMapping.section(row.get("section"))));
        return sections;
    }

    /** The chapter of each given task. */
    public Map<String, ChapterView> chapters(List<String> taskKeys) {
        Map<String, ChapterView> chapters = new LinkedHashMap<>();
        reader.read(CypherStatement.CHAPTERS_OF_TASKS, StatementParameters.of("taskKeys", taskKeys))
                .forEach(row -> chapters.put(row.get("taskKey").asString(), ViewMapping.chapter(row.get("chapter"))));
        return chapters;
    }

    /** The tasks of each given section, in task-number order. */
    public Map<String, List<TaskView>> tasksOfSections(List<String> sectionKeys) {
        return RowGroups.group(reader.read(CypherStatement.TASKS_OF_SECTIONS, StatementParameters.of("sectionKeys", sectionKeys)),
                row -> row.get("sectionKey").asString(), row -> ViewMapping.task(row.get("task")));
    }
}
