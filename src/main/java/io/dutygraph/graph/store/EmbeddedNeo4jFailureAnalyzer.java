package io.dutygraph.graph.store;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns a graph that could not be opened (embedded store, external server, a refused setting) into Boot's
 * "APPLICATION FAILED TO START" report, without the stack trace.
 */
class EmbeddedNeo4jFailureAnalyzer extends AbstractFailureAnalyzer<GraphStartException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, GraphStartException cause) {
        return new FailureAnalysis(cause.getMessage(), cause.action(), cause);
    }
}
