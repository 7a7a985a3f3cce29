package io.dutygraph.graph.query;

import io.dutygraph.graph.store.CypherStatement;
import io.dutygraph.graph.store.GraphReader;
import io.dutygraph.graph.store.StatementParameters;
import io.dutygraph.plan.Role;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Accountability chains (plan → chapter → section → task → leaders → lead units → support units → targets) of any
 * number of tasks in six statements, and units' histories across the plans of their jurisdiction.
 */
@Component
public class Chains {

    private final GraphReader reader;
    private final PlanQueries plans;
    private final TaskQueries tasks;
    private final TargetQueries targets;

    Chains(GraphReader reader, PlanQueries plans, TaskQueries tasks, TargetQueries targets) {
        this.reader = reader;
        this.plans = plans;
        this.tasks = tasks;
        this.targets = targets;
    }

    /** The chain of one task, if the plan has it. */
    public Optional<ChainView> of(String planId, int number) {
        return tasks.task(planId, number).map(task -> of(List.of(task)).get(0));
    }

    /** The chains of the given tasks, in the order given. */
    public List<ChainView> of(List<TaskView> taskViews) {
        List<String> keys = taskViews.stream().map(TaskView::key).distinct().toList();
        Map<String, PlanView> planById = new LinkedHashMap<>();
        plans.plans().forEach(plan -> planById.put(plan.id(), plan));
        Map<String, ChapterView> chapters = tasks.chapters(keys);
        Map<String, SectionView> sections = tasks.sections(keys);
        Map<String, List<OfficialView>> leaders = tasks.leaders(keys);
        Map<String, List<AssignmentView>> assignments = tasks.assignments(keys);
        Map<String, List<TargetView>> targetsByTask = targets.ofTasks(keys);
        return taskViews.stream().map(task -> {
            PlanView plan = planById.get(task.planId());
            List<AssignmentView> units = assignments.getOrDefault(task.key(), List.of());
            ChapterView chapter = chapters.get(task.key());
            SectionView section = sections.get(task.key());
            return new ChainView(plan, chapter, at(plan, task, chapter.line()), section, at(plan, task, section.line()),
                    task, leaders.getOrDefault(task.key(), List.of()), at(plan, task, task.leaderLine()),
                    units.stream().filter(a -> a.role() == Role.LEAD).toList(),
                    units.stream().filter(a -> a.role() != Role.LEAD).toList(),
                    targetsByTask.getOrDefault(task.key(), List.of()));
        }).toList();
    }

    /** For each key, the chains of the given tasks grouped by that key (an official's or a unit's tasks). */
    public Map<String, List<ChainView>> grouped(Map<String, List<TaskView>> tasksByKey) {
        List<TaskView> all = tasksByKey.values().stream().flatMap(List::stream).distinct().toList();
        Map<String, ChainView> byTask = new LinkedHashMap<>();
        of(all).forEach(chain -> byTask.put(chain.task().key(), chain));
        Map<String, List<ChainView>> grouped = new LinkedHashMap<>();
        tasksByKey.forEach((key, list) -> grouped.put(key, list.stream().map(task -> byTask.get(task.key())).toList()));
        return grouped;
    }

    /** For each given unit (by key), its assignments in every plan of its jurisdiction, by year then load order. */
    public Map<String, List<UnitYearView>> history(List<String> unitKeys) {
        Map<String, PlanView> planById = new LinkedHashMap<>();
        plans.plans().forEach(plan -> planById.put(plan.id(), plan));
        Map<String, Map<String, List<AssignmentView>>> byUnit = new LinkedHashMap<>();
        reader.read(CypherStatement.HISTORY_OF_UNITS, StatementParameters.of("keys", unitKeys)).forEach(row -> {
            AssignmentView assignment = ViewMapping.assignment(row);
            byUnit.computeIfAbsent(row.get("unit").get("key").asString(), key -> new LinkedHashMap<>())
                    .computeIfAbsent(assignment.task().planId(), plan -> new ArrayList<>()).add(assignment);
        });
        Map<String, List<UnitYearView>> history = new LinkedHashMap<>();
        byUnit.forEach((unit, byPlan) -> history.put(unit, byPlan.entrySet().stream()
                .map(entry -> new UnitYearView(planById.get(entry.getKey()), entry.getValue())).toList()));
        return history;
    }

    /** Where a line of the plan's document is: {@code plan.txt:12}, or {@code plan.xlsx!row 12} for a table. */
    private static String at(PlanView plan, TaskView task, Integer line) {
        if (line == null || plan == null) {
            return null;
        }
        boolean table = task.location() != null && task.location().startsWith(plan.source() + "!");
        return plan.source() + (table ? "!row " : ":") + line;
    }
}
