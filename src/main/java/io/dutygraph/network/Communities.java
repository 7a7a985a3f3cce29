package io.dutygraph.network;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jgrapht.Graph;
import org.jgrapht.alg.clustering.GreedyModularityAlgorithm;

/**
 * Communities of a coordination network: groups of units that share more tasks among themselves than with the
 * rest, found by greedy modularity maximisation (Clauset–Newman–Moore) over the shared-task weights. The
 * algorithm has no randomness, so one network always gets the same communities; they are numbered from 0 by size
 * (largest first), ties by their first unit's name, and a unit without partners is a community of its own.
 */
final class Communities {

    private Communities() {
    }

    /** The community number of every vertex of the graph. */
    static <E> Map<String, Integer> of(Graph<String, E> graph) {
        // JGraphT's algorithm fails on a graph without edges (an unknown chapter, a minShared no pair reaches):
        // there every unit is a community of its own.
        List<Set<String>> clusters = graph.edgeSet().isEmpty()
                ? graph.vertexSet().stream().map(Set::of).toList()
                : new GreedyModularityAlgorithm<>(graph).getClustering().getClusters();
        List<Set<String>> ordered = clusters.stream()
                .sorted(Comparator.comparingInt((Set<String> cluster) -> -cluster.size())
                        .thenComparing(cluster -> cluster.stream().sorted().findFirst().orElse("")))
                .toList();
        Map<String, Integer> community = new HashMap<>();
        for (int i = 0; i < ordered.size(); i++) {
            for (String unit : ordered.get(i)) {
                community.put(unit, i);
            }
        }
        return community;
    }
}
