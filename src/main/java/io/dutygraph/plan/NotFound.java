package io.dutygraph.plan;

/**
 * A failure that is the user's to fix because something they named does not exist (a plan id that is not loaded, an
 * export of no such name): its message says so in one line, naming it and what exists instead. Whoever speaks to a
 * user tells it as such, never as a defect (the command line: one {@code error:} line, exit code 2).
 */
public interface NotFound {

    /** One line naming what was asked for and what there is. */
    String getMessage();
}
