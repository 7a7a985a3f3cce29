package io.dutygraph.graph.query;

import io.dutygraph.plan.Role;
import io.dutygraph.plan.TargetBound;

/**
 * Which targets to list; every component may be null (no condition).
 *
 * @param unit     unit name or alias: targets of tasks it holds an assignment on (also through a collective)
 * @param role     only tasks where it (or, without unit, any unit) holds this role
 * @param official official name, spaces ignored: targets of the tasks it oversees
 * @param chapter  chapter numeral (一) or ordinal (1)
 * @param metric   substring of the metric
 * @param bound    only targets of this bound
 */
public record TargetFilter(String unit, Role role, String official, String chapter, String metric, TargetBound bound) {

    /** No condition. */
    public static final TargetFilter NONE = new TargetFilter(null, null, null, null, null, null);
}
