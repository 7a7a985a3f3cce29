package io.dutygraph.network;

import io.dutygraph.graph.query.TaskView;
import io.dutygraph.graph.query.UnitView;
import java.util.List;

/** Two units and the tasks they share, in task-number order. */
public record NetworkEdge(UnitView source, UnitView target, int sharedTaskCount, List<TaskView> tasks) {
}
