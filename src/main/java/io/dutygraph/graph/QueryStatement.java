package io.dutygraph.graph;

/** The read statements of the API's query layer, one file each under {@code cypher/query/}. */
public enum QueryStatement {
    PLANS, RESOLVE_PLAN, CHAPTERS_OF_PLANS, CHAPTERS_BY_KEY, CHAPTERS_OF_TASKS, SECTIONS_OF_CHAPTERS,
    SECTIONS_OF_TASKS, TASKS_OF_SECTIONS, TASK_BY_NUMBER, TASKS_PAGE, SEARCH_TASKS, LEADERS_OF_TASKS,
    ASSIGNMENTS_OF_TASKS, ASSIGNMENTS_OF_UNITS, ASSIGNMENTS_OF_PLAN, CO_OWNED_TASKS, UNIT_NAMES, UNITS_BY_NAME,
    UNITS_PAGE, TOWNS, MEMBERS_OF_UNITS, PARTNERS_OF_UNITS, OFFICIALS_OF_UNITS, OFFICIAL_NAMES, OFFICIALS_OF_PLAN,
    TASKS_OF_OFFICIALS, LEAD_UNITS_OF_OFFICIALS, DIAGNOSTICS_OF_PLAN;

    /** Classpath location of the statement, e.g. {@code cypher/query/tasks-page.cypher}. */
    public String path() {
        return "cypher/query/" + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-') + ".cypher";
    }
}
