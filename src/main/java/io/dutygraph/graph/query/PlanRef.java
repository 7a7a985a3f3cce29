package io.dutygraph.graph.query;

/** A loaded plan as the questions about it need it: its id and its jurisdiction. */
public record PlanRef(String id, String jurisdiction) {
}
