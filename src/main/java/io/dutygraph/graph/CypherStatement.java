package io.dutygraph.graph;

/**
 * Every Cypher file the app runs, by name. Files live in the {@code cypher/} folder of the classpath, one
 * statement each; {@link CypherStatements} reads them all at start-up and fails naming any missing path.
 */
public enum CypherStatement {

    /** The constraints and indexes, {@code ;}-separated, all {@code IF NOT EXISTS}: applied at every start. */
    SCHEMA("schema.cypher"),

    /** How many plans the graph holds. */
    COUNT_PLANS("load/count-plans.cypher"),
    /** The units and officials a plan's tasks refer to, before the plan is replaced. */
    SHARED_NODES_OF_PLANS("load/shared-nodes-of-plans.cypher"),
    /** Removes plans' own nodes before they are loaded again. */
    DELETE_PLAN("load/delete-plan.cypher"),
    CREATE_PLAN("load/create-plan.cypher"),
    CREATE_CHAPTERS("load/create-chapters.cypher"),
    CREATE_SECTIONS("load/create-sections.cypher"),
    /** Units are shared across plans: merged by canonical name. */
    MERGE_UNITS("load/merge-units.cypher"),
    LINK_COLLECTIVES("load/link-collectives.cypher"),
    CREATE_TASKS("load/create-tasks.cypher"),
    CREATE_OVERSIGHT("load/create-oversight.cypher"),
    CREATE_ASSIGNMENTS("load/create-assignments.cypher"),
    CREATE_DIAGNOSTICS("load/create-diagnostics.cypher"),
    /** Officials and units no plan refers to any more. */
    DELETE_ORPHANS("load/delete-orphans.cypher"),
    /** The figures a load reports, counted in the graph. */
    COUNT_PLAN("load/count-plan.cypher");

    private final String path;

    CypherStatement(String path) {
        this.path = path;
    }

    /** The file's path relative to the {@code cypher/} classpath folder. */
    public String path() {
        return path;
    }
}
