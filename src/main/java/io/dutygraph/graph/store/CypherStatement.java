package io.dutygraph.graph.store;

/**
 * Every Cypher file the app runs, by name. Files live in the {@code cypher/} folder of the classpath, one
 * statement each; {@link CypherStatements} reads them all at start-up and fails naming any missing path.
 */
public enum CypherStatement {

    /** The constraints and indexes, {@code ;}-separated, all {@code IF NOT EXISTS}: applied at every start. */
    SCHEMA("schema.cypher"),
    /** The names of the constraints and of the indexes in the database: whether {@link #SCHEMA} is all there. */
    CONSTRAINT_NAMES("schema-check/constraint-names.cypher"),
    INDEX_NAMES("schema-check/index-names.cypher"),

    /** Migrations, applied once each in version order before the schema (see {@link GraphMigrations}). */
    MIGRATION_V0001("migrations/V0001__jurisdictions.cypher"),
    /** The versions of the migrations a database has recorded. */
    APPLIED_MIGRATIONS("migration/applied-migrations.cypher"),
    /** Records one migration as applied. */
    RECORD_MIGRATION("migration/record-migration.cypher"),
    /** Whether the database holds no node: with no constraint either, nothing was ever written to it. */
    DATABASE_IS_NEW("migration/database-is-new.cypher"),

    /** How many plans the graph holds. */
    COUNT_PLANS("load/count-plans.cypher"),
    /** Loaded plans' ids and identities (jurisdiction, year, title). */
    PLAN_IDENTITIES("load/plan-identities.cypher"),
    /** What replaced plans hold now: their keys in the graph and the digests of their content as last written. */
    DIGESTS_OF_PLANS("load/digests-of-plans.cypher"),
    /** The units and officials tasks refer to, before those tasks are removed or relinked: orphan candidates. */
    SHARED_NODES_OF_TASKS("load/shared-nodes-of-tasks.cypher"),
    /** Gives what a replaced plan no longer holds, or holds changed, set-aside keys; deleted last (DELETE_PLAN). */
    SET_ASIDE_NODES("load/set-aside-nodes.cypher"),
    /** Removes the leaders and units of tasks whose leaders or units changed. */
    UNLINK_TASKS("load/unlink-tasks.cypher"),
    DELETE_PLAN("load/delete-plan.cypher"),
    CREATE_PLAN("load/create-plan.cypher"),
    UPDATE_PLAN("load/update-plan.cypher"),
    CREATE_CHAPTERS("load/create-chapters.cypher"),
    UPDATE_CHAPTERS("load/update-chapters.cypher"),
    CREATE_SECTIONS("load/create-sections.cypher"),
    UPDATE_SECTIONS("load/update-sections.cypher"),
    /** Units are shared across the plans of a jurisdiction: merged by key (jurisdiction + canonical name). */
    MERGE_UNITS("load/merge-units.cypher"),
    LINK_COLLECTIVES("load/link-collectives.cypher"),
    CREATE_TASKS("load/create-tasks.cypher"),
    UPDATE_TASKS("load/update-tasks.cypher"),
    CREATE_OVERSIGHT("load/create-oversight.cypher"),
    CREATE_ASSIGNMENTS("load/create-assignments.cypher"),
    CREATE_DIAGNOSTICS("load/create-diagnostics.cypher"),
    /** The measurable targets read from the tasks' text. */
    CREATE_TARGETS("load/create-targets.cypher"),
    /** What each plan's next load compares with. */
    WRITE_PLAN_DIGESTS("load/write-plan-digests.cypher"),
    /** Officials and units no plan refers to any more. */
    DELETE_ORPHANS("load/delete-orphans.cypher"),
    /** The figures a load reports, counted in the graph. */
    COUNT_PLAN("load/count-plan.cypher"),
    /** Index statistics renewed in the background after a load that changed most of the graph. */
    RESAMPLE_OUTDATED_INDEXES("load/resample-outdated-indexes.cypher"),
    /** Plans that break the invariants every load establishes: the store check of readiness. */
    BROKEN_PLANS("health/broken-plans.cypher"),

    // The API's read statements: one question each.
    PLANS("query/plans.cypher"),
    JURISDICTIONS("query/jurisdictions.cypher"),
    RESOLVE_PLAN("query/resolve-plan.cypher"),
    CHAPTERS_OF_PLANS("query/chapters-of-plans.cypher"),
    CHAPTERS_BY_KEY("query/chapters-by-key.cypher"),
    CHAPTERS_OF_TASKS("query/chapters-of-tasks.cypher"),
    SECTIONS_OF_CHAPTERS("query/sections-of-chapters.cypher"),
    SECTIONS_OF_TASKS("query/sections-of-tasks.cypher"),
    TASKS_OF_SECTIONS("query/tasks-of-sections.cypher"),
    TASK_BY_NUMBER("query/task-by-number.cypher"),
    /** As {@link #TASK_BY_NUMBER}, with the task's leaders and assignments: Query.task asked with either. */
    TASK_WITH_PEOPLE_BY_NUMBER("query/task-with-people-by-number.cypher"),
    TASKS_PAGE("query/tasks-page.cypher"),
    SEARCH_TASKS("query/search-tasks.cypher"),
    LEADERS_OF_TASKS("query/leaders-of-tasks.cypher"),
    ASSIGNMENTS_OF_TASKS("query/assignments-of-tasks.cypher"),
    ASSIGNMENTS_OF_UNITS("query/assignments-of-units.cypher"),
    TASKS_OF_UNITS("query/tasks-of-units.cypher"),
    /** As {@link #TASKS_OF_UNITS}, each task with its leaders: Unit.tasks asked with its tasks' leaders. */
    TASKS_WITH_LEADERS_OF_UNITS("query/tasks-with-leaders-of-units.cypher"),
    ASSIGNMENTS_OF_PLAN("query/assignments-of-plan.cypher"),
    CO_OWNED_TASKS("query/co-owned-tasks.cypher"),
    UNIT_NAMES("query/unit-names.cypher"),
    UNITS_BY_KEY("query/units-by-key.cypher"),
    UNITS_PAGE("query/units-page.cypher"),
    TOWNS("query/towns.cypher"),
    MEMBERS_OF_UNITS("query/members-of-units.cypher"),
    PARTNERS_OF_UNITS("query/partners-of-units.cypher"),
    OFFICIALS_OF_UNITS("query/officials-of-units.cypher"),
    OFFICIAL_NAMES("query/official-names.cypher"),
    OFFICIALS_OF_PLAN("query/officials-of-plan.cypher"),
    TASKS_OF_OFFICIALS("query/tasks-of-officials.cypher"),
    LEAD_UNITS_OF_OFFICIALS("query/lead-units-of-officials.cypher"),
    DIAGNOSTICS_OF_PLAN("query/diagnostics-of-plan.cypher"),
    // What global ids name (node / nodes).
    TASKS_BY_KEY("query/tasks-by-key.cypher"),
    SECTIONS_BY_KEY("query/sections-by-key.cypher"),
    OFFICIALS_BY_KEY("query/officials-by-key.cypher"),
    TARGETS_BY_KEY("query/targets-by-key.cypher"),
    TARGETS_OF_TASKS("query/targets-of-tasks.cypher"),
    TARGETS_PAGE("query/targets-page.cypher"),
    TARGETS_OF_UNITS("query/targets-of-units.cypher"),
    TARGETS_OF_OFFICIALS("query/targets-of-officials.cypher"),
    /** What the audit of a plan looks at, task by task. */
    AUDIT_TASKS("query/audit-tasks.cypher"),
    /** A unit's assignments in every plan of its jurisdiction. */
    HISTORY_OF_UNITS("query/history-of-units.cypher"),

    // Exports, streamed row by row.
    /** One row per task × unit written in its units cell. */
    EXPORT_ASSIGNMENTS("export/assignments.cypher"),
    /** One row per target. */
    EXPORT_TARGETS("export/targets.cypher");

    private final String path;

    CypherStatement(String path) {
        this.path = path;
    }

    /** The file's path relative to the {@code cypher/} classpath folder. */
    public String path() {
        return path;
    }
}
