package io.dutygraph.network;

import io.dutygraph.graph.query.AssignmentView;
import io.dutygraph.graph.query.PlanQueries;
import io.dutygraph.graph.query.PlanRef;
import io.dutygraph.graph.query.TaskView;
import io.dutygraph.graph.query.UnitQueries;
import io.dutygraph.graph.query.UnitView;
import io.dutygraph.plan.Role;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jgrapht.Graph;
import org.jgrapht.GraphPath;
import org.jgrapht.alg.scoring.BetweennessCentrality;
import org.jgrapht.alg.shortestpath.BFSShortestPath;
import org.jgrapht.graph.AsUnweightedGraph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleGraph;
import org.jgrapht.graph.SimpleWeightedGraph;
import org.springframework.stereotype.Component;

/**
 * The coordination network of a plan (units linked by shared tasks) and shortest unit → task → unit paths.
 * The plan's assignments come from the query layer in one statement (collectives expanded to their members);
 * JGraphT does the rest: betweenness, communities ({@link Communities}), shortest paths.
 */
@Component
public class NetworkQueries {

    // Betweenness and communities cost seconds on a network of thousands of units: each network is computed once
    // per plan version (its load time is in the key, so a reload makes new entries) and filter.
    private static final int CACHED_NETWORKS = 64;

    private final PlanQueries plans;
    private final UnitQueries units;
    private final Map<NetworkKey, CoordinationNetwork> computed = new ConcurrentHashMap<>();

    private record NetworkKey(String planId, String loadedAt, String chapter, Role role, int minShared) {
    }

    NetworkQueries(PlanQueries plans, UnitQueries units) {
        this.plans = plans;
        this.units = units;
    }

    /** The network of one plan, optionally for one chapter (numeral or ordinal) and one role. */
    public CoordinationNetwork network(String planId, String chapter, Role role, int minShared) {
        // The plan's version from the resolution the request has made already (no statement), not from the list of
        // every plan: at 1,000 plans that list cost more than the cached network saved.
        Optional<PlanRef> plan = plans.find(planId);
        if (plan.isEmpty()) {
            return computeNetwork(planId, chapter, role, minShared);
        }
        NetworkKey key = new NetworkKey(plan.get().id(), plan.get().loadedAt(), chapter, role, minShared);
        CoordinationNetwork cached = computed.get(key);
        if (cached != null) {
            return cached;
        }
        CoordinationNetwork network = computeNetwork(plan.get().id(), chapter, role, minShared);
        if (computed.size() >= CACHED_NETWORKS) {
            computed.clear();
        }
        computed.put(key, network);
        return network;
    }

    private CoordinationNetwork computeNetwork(String planId, String chapter, Role role, int minShared) {
        Assignments assignments = assignments(planId, chapter, role);
        Map<List<String>, List<TaskView>> shared = new LinkedHashMap<>();
        assignments.unitsByTask.forEach((taskKey, unitNames) -> {
            List<String> names = unitNames.stream().sorted().toList();
            for (int i = 0; i < names.size(); i++) {
                for (int j = i + 1; j < names.size(); j++) {
                    shared.computeIfAbsent(List.of(names.get(i), names.get(j)), pair -> new ArrayList<>())
                            .add(assignments.tasks.get(taskKey));
                }
            }
        });
        Graph<String, DefaultWeightedEdge> graph = new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
        assignments.units.keySet().forEach(graph::addVertex);
        Map<String, Integer> weightedDegree = new LinkedHashMap<>();
        List<NetworkEdge> edges = new ArrayList<>();
        shared.forEach((pair, tasks) -> {
            if (tasks.size() >= minShared) {
                graph.setEdgeWeight(graph.addEdge(pair.get(0), pair.get(1)), tasks.size());
                pair.forEach(name -> weightedDegree.merge(name, tasks.size(), Integer::sum));
                edges.add(new NetworkEdge(assignments.units.get(pair.get(0)), assignments.units.get(pair.get(1)),
                        tasks.size(), List.copyOf(tasks)));
            }
        });
        // Betweenness counts hops; the weights (shared tasks) are strengths, not distances, so it ignores them.
        Map<String, Double> betweenness = new BetweennessCentrality<>(new AsUnweightedGraph<>(graph), true).getScores();
        Map<String, Integer> community = Communities.of(graph);
        List<NetworkNode> nodes = assignments.units.values().stream()
                .map(unit -> new NetworkNode(unit, assignments.tasksByUnit.get(unit.name()).size(),
                        graph.degreeOf(unit.name()), weightedDegree.getOrDefault(unit.name(), 0),
                        betweenness.get(unit.name()), community.get(unit.name())))
                .sorted(Comparator.comparingInt(NetworkNode::weightedDegree).reversed()
                        .thenComparing(node -> node.unit().name()))
                .toList();
        edges.sort(Comparator.comparingInt(NetworkEdge::sharedTaskCount).reversed());
        return new CoordinationNetwork(nodes, List.copyOf(edges));
    }

    /**
     * The shortest chain unit → task → unit … between two units (named in the plan's jurisdiction) within one plan;
     * empty beyond maxHops.
     */
    public List<PathStep> path(PlanRef plan, String from, String to, int maxHops) {
        String source = units.resolve(plan.jurisdiction(), from);
        String target = units.resolve(plan.jurisdiction(), to);
        Assignments assignments = assignments(plan.id(), null, null);
        if (!assignments.units.containsKey(source) || !assignments.units.containsKey(target)) {
            return List.of();
        }
        Graph<String, DefaultEdge> graph = new SimpleGraph<>(DefaultEdge.class);
        assignments.tasksByUnit.forEach((unit, taskKeys) -> {
            graph.addVertex("unit:" + unit);
            taskKeys.forEach(taskKey -> {
                graph.addVertex("task:" + taskKey);
                graph.addEdge("unit:" + unit, "task:" + taskKey);
            });
        });
        GraphPath<String, DefaultEdge> path = BFSShortestPath.findPathBetween(graph, "unit:" + source, "unit:" + target);
        if (path == null || path.getLength() / 2 > maxHops) {
            return List.of();
        }
        List<String> vertices = path.getVertexList();
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

    private Assignments assignments(String planId, String chapter, Role role) {
        Assignments assignments = new Assignments();
        for (AssignmentView assignment : plans.assignments(planId, chapter, role)) {
            TaskView task = assignment.task();
            UnitView unit = assignment.unit();
            assignments.tasks.putIfAbsent(task.key(), task);
            assignments.units.putIfAbsent(unit.name(), unit);
            assignments.unitsByTask.computeIfAbsent(task.key(), key -> new LinkedHashSet<>()).add(unit.name());
            assignments.tasksByUnit.computeIfAbsent(unit.name(), key -> new LinkedHashSet<>()).add(task.key());
            assignments.roles.putIfAbsent(List.of(unit.name(), task.key()), assignment.role());
        }
        return assignments;
    }

    /** A plan's assignments indexed both ways. */
    private static final class Assignments {
        final Map<String, TaskView> tasks = new LinkedHashMap<>();
        final Map<String, UnitView> units = new LinkedHashMap<>();
        final Map<String, Set<String>> unitsByTask = new LinkedHashMap<>();
        final Map<String, Set<String>> tasksByUnit = new LinkedHashMap<>();
        final Map<List<String>, Role> roles = new LinkedHashMap<>();
    }
}
