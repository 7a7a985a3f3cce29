package io.dutygraph.graph.query;

/** A chapter (章) of a plan; {@code key} is {@code <planId>/<ordinal>}, {@code title} null when missing. */
public record ChapterView(String key, String planId, String numeral, int ordinal, String title, int line,
        int taskCount) {
}
