package io.dutygraph.graph.load;

import io.dutygraph.graph.load.DuplicateTaskNumbersException.Duplicate;
import io.dutygraph.plan.ParsedPlan;
import io.dutygraph.plan.ParsedTask;
import io.dutygraph.plan.SourceLocation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a parsed plan must be to go into the graph, checked for every plan of a load before any statement runs,
 * so a refused plan changes nothing: a known jurisdiction, at least one task, and task numbers that are unique (the
 * parser reports a repeated number as TASK_NUMBER_DUPLICATE; the graph keys tasks by plan and number).
 */
final class PlanAdmission {

    private PlanAdmission() {
    }

    /** Refuses the first plan that cannot be loaded with a {@link PlanLoadException} saying why. */
    static void check(List<ParsedPlan> plans) {
        for (ParsedPlan plan : plans) {
            String id = plan.plan().id();
            if (plan.plan().jurisdiction() == null) {
                throw new PlanLoadException(id, "its jurisdiction is unknown: the document names no issuer (人民政府…) "
                        + "before the table; give it with load --jurisdiction");
            }
            if (plan.tasks().isEmpty()) {
                throw new PlanLoadException(id, "no task was read from " + plan.plan().source()
                        + " (see its diagnostics); a plan without tasks is not put into the graph");
            }
            List<Duplicate> duplicates = duplicates(plan.tasks());
            if (!duplicates.isEmpty()) {
                throw new DuplicateTaskNumbersException(id, plan.plan().source(), duplicates);
            }
        }
    }

    private static List<Duplicate> duplicates(List<ParsedTask> tasks) {
        Map<Integer, List<SourceLocation>> byNumber = new TreeMap<>();
        tasks.forEach(task -> byNumber.computeIfAbsent(task.number(), number -> new ArrayList<>()).add(task.location()));
        return byNumber.entrySet().stream().filter(entry -> entry.getValue().size() > 1)
                .map(entry -> new Duplicate(entry.getKey(), entry.getValue())).toList();
    }
}
