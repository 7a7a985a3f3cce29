package io.dutygraph.graph.query;

/**
 * A loaded plan as the questions about it need it: its id, its jurisdiction, and when this version was loaded (what
 * tells one version of a plan from the next, e.g. for answers computed once per version).
 */
public record PlanRef(String id, String jurisdiction, String loadedAt) {
}
