package io.dutygraph.graph.query;

import java.util.List;

/** A unit's tasks and roles in one plan of its jurisdiction: one year of its history. */
public record UnitYearView(PlanView plan, List<AssignmentView> assignments) {

    /** The number of distinct tasks. */
    public int taskCount() {
        return (int) assignments.stream().map(AssignmentView::task).distinct().count();
    }
}
