package io.dutygraph.network;

import io.dutygraph.graph.query.UnitView;

/**
 * A unit in a coordination network.
 *
 * @param taskCount      tasks of the unit inside the network's scope
 * @param degree         other units it shares at least {@code minShared} tasks with
 * @param weightedDegree sum of the shared-task counts over its edges
 * @param betweenness    normalised betweenness centrality: how much the unit bridges others
 * @param community      the unit's community in this network (0 = the largest), see {@link Communities}
 */
public record NetworkNode(UnitView unit, int taskCount, int degree, int weightedDegree, double betweenness,
        int community) {
}
