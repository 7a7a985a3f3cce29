package io.dutygraph.graph.query;

import java.util.List;

/** A unit sharing tasks with another, and those tasks in task-number order. */
public record Partner(UnitView unit, int sharedTaskCount, List<TaskView> tasks) {
}
