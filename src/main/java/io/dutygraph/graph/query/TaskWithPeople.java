package io.dutygraph.graph.query;

import java.util.List;

/** A task with its lead officials and its assignments (units cell), each in written order, read together. */
public record TaskWithPeople(TaskView task, List<OfficialView> leaders, List<AssignmentView> assignments) {
}
