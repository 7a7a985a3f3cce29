package io.dutygraph.graph;

import java.util.List;

/** Two units and the tasks they share, in task-number order. */
public record NetworkEdge(UnitView source, UnitView target, int sharedTaskCount, List<TaskView> tasks) {
}
