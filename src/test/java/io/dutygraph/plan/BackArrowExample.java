package io.dutygraph.plan;

import io.dutygraph.graph.query.TaskQueries;

/** A deliberate back-arrow (the plan model using the query layer), which the module test must reject. */
public final class BackArrowExample {

    TaskQueries queries;
}
