package io.dutygraph.plan;

import java.util.List;

/**
 * Everything read from one plan document: its metadata, structure, tasks with their leaders and units,
 * the units it names, and every oddity met on the way.
 */
public record ParsedPlan(PlanMetadata plan, List<Chapter> chapters, List<Section> sections, List<ParsedTask> tasks,
        List<Unit> units, List<Diagnostic> diagnostics) {

    public ParsedPlan {
        chapters = List.copyOf(chapters);
        sections = List.copyOf(sections);
        tasks = List.copyOf(tasks);
        units = List.copyOf(units);
        diagnostics = List.copyOf(diagnostics);
    }

    /** Number of unit assignments over all tasks (one per unit written in a task's units cell). */
    public int assignmentCount() {
        return tasks.stream().mapToInt(task -> task.units().size()).sum();
    }
}
