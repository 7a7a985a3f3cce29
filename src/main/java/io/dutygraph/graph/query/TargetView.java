package io.dutygraph.graph.query;

import io.dutygraph.plan.TargetBound;

/**
 * A measurable target of a task; {@code key} is {@code <planId>/<task number>/<position>}, {@code location} where
 * its task's text is written, {@code offset} where its figure stands in that text.
 */
public record TargetView(String key, TaskView task, int position, String metric, double value, String unit,
        TargetBound bound, String text, int offset, String location) {
}
