package io.dutygraph.graph.query;

/**
 * One plan changed in the graph: published after the load's transaction committed and after
 * {@link PlanVersions} forgot its fingerprint, so anyone reacting already sees the new plan and new ETags.
 * (Nothing removes plans today, so there is no REMOVED kind.)
 */
public record PlanChange(String planId, Kind kind) {

    /** What happened to the plan. */
    public enum Kind {
        /** A plan that was not in the graph was loaded. */
        LOADED,
        /** A plan with the same jurisdiction, year and title was loaded again and replaced it, keeping its id. */
        REPLACED
    }
}
