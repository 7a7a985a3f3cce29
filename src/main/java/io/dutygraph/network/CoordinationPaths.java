package io.dutygraph.network;

import io.dutygraph.graph.query.PlanQueries;
import io.dutygraph.graph.query.PlanRef;
import io.dutygraph.graph.query.UnitQueries;
import java.util.ArrayList;
import java.util.List;
import org.jgrapht.Graph;
import org.jgrapht.GraphPath;
import org.jgrapht.alg.shortestpath.BFSShortestPath;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;
import org.springframework.stereotype.Component;

/**
 * Shortest unit → task → unit … chains between two units of a plan, found by breadth-first search in the plan's
 * graph of units and tasks. That graph is built once per plan version (one statement reading every assignment),
 * not per request: a path then costs no statement.
 */
@Component
public class CoordinationPaths {

    /** A graph per plan version; at L one holds tens of thousands of vertices, so few are kept. */
    private static final int CACHED_GRAPHS = 8;

    private final PlanQueries plans;
    private final UnitQueries units;
    private final PlanVersionCache<PlanRef, PathGraph> graphs = new PlanVersionCache<>(CACHED_GRAPHS);

    /** Units as "unit:name" and tasks as "task:key", linked where the unit holds an assignment on the task. */
    private record PathGraph(PlanAssignments assignments, Graph<String, DefaultEdge> graph) {
    }

    CoordinationPaths(PlanQueries plans, UnitQueries units) {
        this.plans = plans;
        this.units = units;
    }

    /**
     * The shortest chain between two units (named in the plan's jurisdiction) within one plan; empty when there is
     * none or it takes more than maxHops tasks.
     */
    public List<PathStep> path(PlanRef plan, String from, String to, int maxHops) {
        String source = units.resolve(plan.jurisdiction(), from);
        String target = units.resolve(plan.jurisdiction(), to);
        PathGraph pathGraph = graphs.get(plan, this::graphOf);
        PlanAssignments assignments = pathGraph.assignments();
        if (!assignments.units.containsKey(source) || !assignments.units.containsKey(target)) {
            return List.of();
        }
        GraphPath<String, DefaultEdge> path =
                BFSShortestPath.findPathBetween(pathGraph.graph(), "unit:" + source, "unit:" + target);
        if (path == null || path.getLength() / 2 > maxHops) {
            return List.of();
        }
        return steps(path.getVertexList(), assignments);
    }

    private PathGraph graphOf(PlanRef plan) {
        PlanAssignments assignments = PlanAssignments.of(plans.assignments(plan.id(), null, null));
        Graph<String, DefaultEdge> graph = new SimpleGraph<>(DefaultEdge.class);
        assignments.tasksByUnit.forEach((unit, taskKeys) -> {
            graph.addVertex("unit:" + unit);
            taskKeys.forEach(taskKey -> {
                graph.addVertex("task:" + taskKey);
                graph.addEdge("unit:" + unit, "task:" + taskKey);
            });
        });
        return new PathGraph(assignments, graph);
    }

    private static List<PathStep> steps(List<String> vertices, PlanAssignments assignments) {
        List<PathStep> steps = new ArrayList<>();
        for (int i = 0; i < vertices.size(); i += 2) {
            String unit = vertices.get(i).substring("unit:".length());
            if (i + 2 < vertices.size()) {
                String taskKey = vertices.get(i + 1).substring("task:".length());
                String next = vertices.get(i + 2).substring("unit:".length());
                steps.add(new PathStep(assignments.units.get(unit), assignments.tasks.get(taskKey),
                        assignments.roles.get(List.of(unit, taskKey)), assignments.roles.get(List.of(next, taskKey))));
            } else {
                steps.add(new PathStep(assignments.units.get(unit), null, null, null));
            }
        }
        return steps;
    }
}
