package io.dutygraph.api;

import io.dutygraph.graph.query.OfficialView;
import io.dutygraph.graph.query.TaskView;
import io.dutygraph.graph.query.TaskWithLeaders;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A unit's tasks, with the leaders read with them: one {@link KnownLeaders} shared by the units of one statement. */
record LedTasks(List<TaskView> tasks, KnownLeaders leaders) {

    static final LedTasks NONE = new LedTasks(List.of(), new KnownLeaders(Map.of()));

    /** Each unit's tasks (by unit key) out of one statement's answer; a map the caller may add to. */
    static Map<String, LedTasks> byUnit(Map<String, List<TaskWithLeaders>> read) {
        Map<String, List<OfficialView>> leaders = new HashMap<>();
        read.values().forEach(tasks -> tasks.forEach(task -> leaders.putIfAbsent(task.task().key(), task.leaders())));
        KnownLeaders known = new KnownLeaders(leaders);
        Map<String, LedTasks> byUnit = new HashMap<>();
        read.forEach((unit, tasks) -> byUnit.put(unit, new LedTasks(tasks.stream().map(TaskWithLeaders::task).toList(),
                known)));
        return byUnit;
    }
}
