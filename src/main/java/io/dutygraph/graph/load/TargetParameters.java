package io.dutygraph.graph.load;

import io.dutygraph.plan.ParsedPlan;
import io.dutygraph.plan.ParsedTask;
import io.dutygraph.plan.Target;
import io.dutygraph.plan.targets.TargetReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Rows of the measurable targets read from each task's text, for {@code create-targets.cypher}. Public for the
 * ingest benchmark's import ceiling (the same rows written as CSV).
 */
public final class TargetParameters {

    private TargetParameters() {
    }

    /** Key of a target: {@code <planId>/<task number>/<position>}. */
    static String targetKey(String taskKey, int position) {
        return taskKey + "/" + position;
    }

    public static List<Map<String, Object>> targets(ParsedPlan plan) {
        String planId = plan.plan().id();
        List<Map<String, Object>> rows = new ArrayList<>();
        for (ParsedTask task : plan.tasks()) {
            String taskKey = LoadParameters.taskKey(planId, task.number());
            for (Target target : TargetReader.read(task.text())) {
                Map<String, Object> properties = new HashMap<>();
                properties.put("key", targetKey(taskKey, target.position()));
                properties.put("planId", planId);
                properties.put("taskKey", taskKey);
                properties.put("position", target.position());
                properties.put("metric", target.metric());
                properties.put("value", target.value().doubleValue());
                properties.put("unit", target.unit());
                properties.put("bound", target.bound().name());
                properties.put("text", target.text());
                properties.put("offset", target.offset());
                properties.put("location", task.location().toString());
                rows.add(Map.of("taskKey", taskKey, "properties", properties));
            }
        }
        return rows;
    }
}
