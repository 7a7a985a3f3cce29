package io.dutygraph.network;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.TreeSet;
import org.jgrapht.Graph;

/**
 * Communities of a coordination network: groups of units that share more tasks among themselves than with the
 * rest, found by greedy modularity maximisation (Clauset–Newman–Moore) over the shared-task weights: starting from
 * one community per unit, the two linked communities whose merge raises the modularity most are merged, until no
 * merge raises it. Ties go to the pair whose units come first by name, so one network always gets the same
 * communities; they are numbered from 0 by size (largest first), ties by their first unit's name, and a unit
 * without partners is a community of its own. (JGraphT's own implementation ignores the weights and fails on a
 * network of several separate groups.)
 */
final class Communities {

    /** A candidate merge of communities {@code i < j}, valid while neither has changed since it was computed. */
    private record Merge(double gain, int i, int j, int versionI, int versionJ) {
    }

    private Communities() {
    }

    /** The community number of every vertex of the graph. */
    static <E> Map<String, Integer> of(Graph<String, E> graph) {
        List<String> units = graph.vertexSet().stream().sorted().toList();
        List<TreeSet<String>> clusters = merge(graph, units);
        List<TreeSet<String>> ordered = clusters.stream()
                .sorted(Comparator.comparingInt((TreeSet<String> cluster) -> -cluster.size())
                        .thenComparing(TreeSet::first))
                .toList();
        Map<String, Integer> community = new HashMap<>();
        for (int i = 0; i < ordered.size(); i++) {
            for (String unit : ordered.get(i)) {
                community.put(unit, i);
            }
        }
        return community;
    }

    private static <E> List<TreeSet<String>> merge(Graph<String, E> graph, List<String> units) {
        int n = units.size();
        Map<String, Integer> index = new HashMap<>();
        List<TreeSet<String>> members = new ArrayList<>();
        List<Map<Integer, Double>> links = new ArrayList<>(); // e_ij: fraction of all weight between i and j, per side
        for (String unit : units) {
            index.put(unit, index.size());
            members.add(new TreeSet<>(List.of(unit)));
            links.add(new HashMap<>());
        }
        double total = graph.edgeSet().stream().mapToDouble(graph::getEdgeWeight).sum();
        double[] ends = new double[n]; // a_i: fraction of all edge ends in community i
        for (E edge : graph.edgeSet()) {
            int i = index.get(graph.getEdgeSource(edge));
            int j = index.get(graph.getEdgeTarget(edge));
            double share = graph.getEdgeWeight(edge) / (2 * total);
            links.get(i).merge(j, share, Double::sum);
            links.get(j).merge(i, share, Double::sum);
            ends[i] += share;
            ends[j] += share;
        }
        int[] version = new int[n];
        PriorityQueue<Merge> candidates = new PriorityQueue<>(Comparator.comparingDouble(Merge::gain).reversed()
                .thenComparingInt(Merge::i).thenComparingInt(Merge::j));
        for (int i = 0; i < n; i++) {
            offer(candidates, links, ends, version, i);
        }
        while (!candidates.isEmpty()) {
            Merge best = candidates.poll();
            if (best.versionI() != version[best.i()] || best.versionJ() != version[best.j()]) {
                continue; // one of the two has merged since
            }
            if (best.gain() <= 0) {
                break;
            }
            int i = best.i();
            int j = best.j();
            links.get(j).forEach((k, share) -> {
                if (k != i) {
                    links.get(i).merge(k, share, Double::sum);
                    links.get(k).remove(j);
                    links.get(k).put(i, links.get(i).get(k));
                }
            });
            links.get(i).remove(j);
            links.get(j).clear();
            ends[i] += ends[j];
            ends[j] = 0;
            members.get(i).addAll(members.get(j));
            members.get(j).clear();
            version[i]++;
            version[j]++;
            offer(candidates, links, ends, version, i);
        }
        return members.stream().filter(cluster -> !cluster.isEmpty()).toList();
    }

    /** Offers the merges of community {@code i} with each linked community: gain 2(e_ij − a_i a_j). */
    private static void offer(PriorityQueue<Merge> candidates, List<Map<Integer, Double>> links, double[] ends,
            int[] version, int i) {
        links.get(i).forEach((k, share) -> {
            int low = Math.min(i, k);
            int high = Math.max(i, k);
            candidates.add(new Merge(2 * (share - ends[i] * ends[k]), low, high, version[low], version[high]));
        });
    }
}
