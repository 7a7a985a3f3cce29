package io.dutygraph.network;

import java.util.List;

/** Units as nodes and shared tasks as weighted edges: what a frontend draws. */
public record CoordinationNetwork(List<NetworkNode> nodes, List<NetworkEdge> edges) {
}
