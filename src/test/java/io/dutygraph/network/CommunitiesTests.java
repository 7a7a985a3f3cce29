package io.dutygraph.network;

import static org.assertj.core.api.Assertions.assertThat;

import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleWeightedGraph;
import org.junit.jupiter.api.Test;

/** Communities of networks with and without links: JGraphT's algorithm alone fails on a graph without edges. */
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
    void linkedUnitsShareACommunityAndTheLoneOneHasItsOwn() {
        var graph = graph("区发改委", "区工信局", "团区委");
        graph.setEdgeWeight(graph.addEdge("区发改委", "区工信局"), 3);
        var communities = Communities.of(graph);
        assertThat(communities.get("区发改委")).isEqualTo(communities.get("区工信局")).isEqualTo(0);
        assertThat(communities.get("团区委")).isEqualTo(1);
    }
}
