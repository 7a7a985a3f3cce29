package io.dutygraph.graph.query;

/** A loaded plan's metadata; {@code loadedAt} is ISO-8601. */
public record PlanView(String id, String title, String issuer, String jurisdiction, Integer year, String date, String approvedBy,
        Integer declaredTaskCount, int taskCount, String source, String loadedAt) {
}
