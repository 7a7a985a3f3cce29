package io.dutygraph.graph.query;

import io.dutygraph.plan.LeaderSource;
import io.dutygraph.plan.Role;

/**
 * Which tasks to list; every component may be null (no condition).
 *
 * @param chapter      chapter numeral (七) or ordinal (7)
 * @param section      section name or number inside its chapter
 * @param unit         unit name or alias: tasks with an assignment of it (also through a collective)
 * @param role         only assignments of this role
 * @param official     official name, spaces ignored
 * @param text         substring of the task text
 * @param minLeadUnits at least this many lead units
 */
public record TaskFilter(String chapter, String section, String unit, Role role, String official,
        LeaderSource leaderSource, String text, Integer minLeadUnits) {

    /** No condition. */
    public static final TaskFilter NONE = new TaskFilter(null, null, null, null, null, null, null, null);
}
