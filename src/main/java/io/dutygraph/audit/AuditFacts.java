package io.dutygraph.audit;

import io.dutygraph.plan.LeaderSource;
import io.dutygraph.plan.Role;
import java.util.List;

/**
 * What an audit looks at, read from a parsed document or from the graph, so that both are audited alike.
 *
 * @param plan              the plan's id
 * @param source            the document's file name
 * @param declaredTaskCount the count the document declares, null if none
 * @param tasks             the tasks read, in number order
 * @param diagnostics       what the parser reported
 */
record AuditFacts(String plan, String source, Integer declaredTaskCount, List<TaskFacts> tasks,
        List<DiagnosticFacts> diagnostics) {

    /**
     * A task as the audit needs it.
     *
     * @param leaderLocation where the leader cell it takes its leaders from is written (a merged one above for
     *                       INHERITED), null when none
     * @param leaderLine     that cell's line or row, null when none
     * @param sectionLine    the line or row where its section starts
     * @param chapterLine    the line or row of its chapter's heading (leaders a heading names are read from there)
     * @param lines          the lines or rows its cells are written on (text, leaders, units), to tie diagnostics to it
     * @param targets        its targets as written (5%以上)
     */
    record TaskFacts(int number, String location, LeaderSource leaderSource, int leaderCount, String leaderLocation,
            Integer leaderLine, int sectionLine, int chapterLine, List<Integer> lines, List<AssignmentFacts> assignments,
            List<String> targets) {
    }

    /** A unit written in a task's units cell. */
    record AssignmentFacts(String unit, String kind, Role role, String asWritten, String location) {
    }

    /** A parser diagnostic. */
    record DiagnosticFacts(String code, int line, String message, String location) {
    }

    /** Where a line of the document is: {@code plan.txt:12}, or {@code plan.xlsx!row 12} for a table. */
    static String at(String source, boolean table, Integer line) {
        return line == null ? null : source + (table ? "!row " : ":") + line;
    }
}
