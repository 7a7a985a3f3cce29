package io.dutygraph.graph.query;

import io.dutygraph.plan.LeaderSource;

/**
 * A numbered task of a plan; {@code key} is {@code <planId>/<number>}; {@code location} where its text is written
 * ({@code wujiang-2024.txt:56}, {@code plan.xlsx!Sheet1!C12}), null for a task loaded before locations were kept.
 * {@code text}, and {@code line}, {@code leaderSource}, {@code leaderLine} and {@code location} (where it is written),
 * are null only where a statement was told no one asks for them (a units page read ahead).
 * Two views of one task are equal: equality and hash are the key's (tasks are DataLoader keys and are made distinct
 * in nested lists, where hashing every field, text included, of every row cost more than reading them).
 */
public record TaskView(String key, String planId, int number, String text, Integer line, LeaderSource leaderSource,
        Integer leaderLine, String location) {

    @Override
    public boolean equals(Object other) {
        return other instanceof TaskView task && key.equals(task.key);
    }

    @Override
    public int hashCode() {
        return key.hashCode();
    }
}
