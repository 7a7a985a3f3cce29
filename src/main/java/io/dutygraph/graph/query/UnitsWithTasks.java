package io.dutygraph.graph.query;

import java.util.List;
import java.util.Map;

/** A page of units and, by unit key, each unit's tasks with their leaders (an empty list for a unit without). */
public record UnitsWithTasks(Page<UnitView> page, Map<String, List<TaskWithLeaders>> tasksByUnit) {
}
