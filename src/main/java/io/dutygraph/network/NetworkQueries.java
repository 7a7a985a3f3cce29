package io.dutygraph.network;

import io.dutygraph.graph.query.PlanQueries;
import io.dutygraph.graph.query.PlanRef;
import io.dutygraph.graph.query.TaskView;
import io.dutygraph.plan.Role;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jgrapht.Graph;
import org.jgrapht.alg.scoring.BetweennessCentrality;
import org.jgrapht.graph.AsUnweightedGraph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleWeightedGraph;
import org.springframework.stereotype.Component;

/**
 * The coordination network of a plan: units linked by the tasks they share.
 * The plan's assignments come from the query layer in one statement (collectives expanded to their members);
 * JGraphT does the rest: betweenness and communities ({@link Communities}).
 */
@Component
public class NetworkQueries {

    // Betweenness and communities cost seconds on a network of thousands of units: each network is computed once
    // per plan version (its load time is in the key, so a reload makes new entries) and filter.
    private static final int CACHED_NETWORKS = 64;

    private final PlanQueries plans;
    private final PlanVersionCache<NetworkKey, CoordinationNetwork> computed = new PlanVersionCache<>(CACHED_NETWORKS);

    private record NetworkKey(String planId, String loadedAt, String chapter, Role role, int minShared) {
    }

    NetworkQueries(PlanQueries plans) {
        this.plans = plans;
    }

    /** The network of one plan, optionally for one chapter (numeral or ordinal) and one role. */
    public CoordinationNetwork network(String planId, String chapter, Role role, int minShared) {
        // The plan's version from the resolution the request has made already (no statement), not from the list of
        // every plan: at 1,000 plans that list cost more than the cached network saved.
        Optional<PlanRef> plan = plans.find(planId);
        if (plan.isEmpty()) {
            return computeNetwork(planId, chapter, role, minShared);
        }
        return computed.get(new NetworkKey(plan.get().id(), plan.get().loadedAt(), chapter, role, minShared),
                key -> computeNetwork(key.planId(), key.chapter(), key.role(), key.minShared()));
    }

    private CoordinationNetwork computeNetwork(String planId, String chapter, Role role, int minShared) {
        PlanAssignments assignments = assignments(planId, chapter, role);
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

    private PlanAssignments assignments(String planId, String chapter, Role role) {
        return PlanAssignments.of(plans.assignments(planId, chapter, role));
    }
}
