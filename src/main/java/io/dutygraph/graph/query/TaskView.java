package io.dutygraph.graph.query;

import io.dutygraph.plan.LeaderSource;

/** A numbered task of a plan; {@code key} is {@code <planId>/<number>}. */
public record TaskView(String key, String planId, int number, String text, int line, LeaderSource leaderSource,
        Integer leaderLine) {
}
