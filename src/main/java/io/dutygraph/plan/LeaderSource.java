package io.dutygraph.plan;

/** Where a task's lead officials were read from. */
public enum LeaderSource {
    /** Names in the task's own leader cell. */
    OWN,
    /** No leader cell in the row: the cell of a row above is merged down over it (also across sections). */
    INHERITED,
    /** An explicitly empty leader cell: no official is listed. */
    NONE
}
