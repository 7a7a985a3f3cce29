package io.dutygraph.graph.query;

import io.dutygraph.plan.LeaderSource;

/**
 * A numbered task of a plan; {@code key} is {@code <planId>/<number>}; {@code location} where its text is written
 * ({@code wujiang-2024.txt:56}, {@code plan.xlsx!Sheet1!C12}), null for a task loaded before locations were kept.
 */
public record TaskView(String key, String planId, int number, String text, int line, LeaderSource leaderSource,
        Integer leaderLine, String location) {
}
