package io.dutygraph.network;

import io.dutygraph.graph.query.AssignmentView;
import io.dutygraph.graph.query.TaskView;
import io.dutygraph.graph.query.UnitView;
import io.dutygraph.plan.Role;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A plan's assignments indexed both ways: tasks and units by key and name, each side's set of the other. */
final class PlanAssignments {

    final Map<String, TaskView> tasks = new LinkedHashMap<>();
    final Map<String, UnitView> units = new LinkedHashMap<>();
    final Map<String, Set<String>> unitsByTask = new LinkedHashMap<>();
    final Map<String, Set<String>> tasksByUnit = new LinkedHashMap<>();
    final Map<List<String>, Role> roles = new LinkedHashMap<>();

    static PlanAssignments of(List<AssignmentView> assignmentViews) {
        PlanAssignments assignments = new PlanAssignments();
        for (AssignmentView assignment : assignmentViews) {
            TaskView task = assignment.task();
            UnitView unit = assignment.unit();
            assignments.tasks.putIfAbsent(task.key(), task);
            assignments.units.putIfAbsent(unit.name(), unit);
            assignments.unitsByTask.computeIfAbsent(task.key(), key -> new LinkedHashSet<>()).add(unit.name());
            assignments.tasksByUnit.computeIfAbsent(unit.name(), key -> new LinkedHashSet<>()).add(task.key());
            assignments.roles.putIfAbsent(List.of(unit.name(), task.key()), assignment.role());
        }
        return assignments;
    }
}
