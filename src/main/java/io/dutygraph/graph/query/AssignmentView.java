package io.dutygraph.graph.query;

import io.dutygraph.plan.Role;

/**
 * A unit's assignment to a task.
 *
 * @param viaCollective the collective written in the document (各区镇) when the assignment reaches
 *                      {@code unit} through it; null when {@code unit} is written itself
 */
public record AssignmentView(TaskView task, UnitView unit, Role role, String asWritten, String capacity,
        String viaCollective, Integer line, int position, String location) {
}
