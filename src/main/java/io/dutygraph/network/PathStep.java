package io.dutygraph.network;

import io.dutygraph.graph.query.TaskView;
import io.dutygraph.graph.query.UnitView;
import io.dutygraph.plan.Role;

/**
 * One step of a coordination path: a unit and the task linking it to the next step's unit (null on the last
 * step), with this unit's and the next unit's roles on that task.
 */
public record PathStep(UnitView unit, TaskView via, Role role, Role nextRole) {
}
