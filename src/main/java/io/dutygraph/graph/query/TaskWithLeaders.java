package io.dutygraph.graph.query;

import java.util.List;

/** A task with its lead officials in written order, read together when an answer needs both. */
public record TaskWithLeaders(TaskView task, List<OfficialView> leaders) {
}
