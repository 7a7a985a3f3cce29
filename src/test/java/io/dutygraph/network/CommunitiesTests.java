package io.dutygraph.network;

import static org.assertj.core.api.Assertions.assertThat;

import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleWeightedGraph;
import org.junit.jupiter.api.Test;

/** Communities of networks with and without links, of one group or several. */
class CommunitiesTests {

    private static Graph<String, DefaultWeightedEdge> graph(String... vertices) {
        Graph<String, DefaultWeightedEdge> graph = new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
        for (String vertex : vertices) {
            graph.addVertex(vertex);
        }
        return graph;
    }

    @Test
    void unitsWithoutAnyLinkAreEachACommunityOfTheirOwn() {
        var communities = Communities.of(graph("区发改委", "区工信局", "团区委"));
        assertThat(communities).containsOnlyKeys("区发改委", "区工信局", "团区委");
        assertThat(communities.values()).containsExactlyInAnyOrder(0, 1, 2);
    }

    @Test
    void anEmptyNetworkHasNoCommunity() {
        assertThat(Communities.of(graph())).isEmpty();
    }

    @Test
    void separateGroupsAreSeparateCommunities() {
        // JGraphT's GreedyModularityAlgorithm threw NoSuchElementException here (several groups, each merged whole).
        var graph = graph("a", "b", "c", "d", "e");
        graph.setEdgeWeight(graph.addEdge("a", "b"), 2);
        graph.setEdgeWeight(graph.addEdge("c", "d"), 1);
        var communities = Communities.of(graph);
        assertThat(communities.get("a")).isEqualTo(communities.get("b")).isEqualTo(0);
        assertThat(communities.get("c")).isEqualTo(communities.get("d")).isEqualTo(1);
        assertThat(communities.get("e")).isEqualTo(2);
    }

    @Test
    void heavyLinksHoldTogetherAndALightOneDoesNot() {
        var graph = graph("a", "b", "c", "d");
        graph.setEdgeWeight(graph.addEdge("a", "b"), 10);
        graph.setEdgeWeight(graph.addEdge("b", "c"), 1);
        graph.setEdgeWeight(graph.addEdge("c", "d"), 10);
        var communities = Communities.of(graph);
        assertThat(communities.get("a")).isEqualTo(communities.get("b"));
        assertThat(communities.get("c")).isEqualTo(communities.get("d"));
        assertThat(communities.get("a")).isNotEqualTo(communities.get("c"));
    }

    @Test
    void linkedUnitsShareACommunityAndTheLoneOneHasItsOwn() {
        var graph = graph("区发改委", "区工信局", "团区委");
        graph.setEdgeWeight(graph.addEdge("区发改委", "区工信局"), 3);
        var communities = Communities.of(graph);
        assertThat(communities.get("区发改委")).isEqualTo(communities.get("区工信局")).isEqualTo(0);
        assertThat(communities.get("团区委")).isEqualTo(1);
    }
}
