package io.dutygraph.graph.store;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a failed embedded start into Boot's "APPLICATION FAILED TO START" report, without the stack trace. */
class EmbeddedNeo4jFailureAnalyzer extends AbstractFailureAnalyzer<EmbeddedNeo4jStartException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, EmbeddedNeo4jStartException cause) {
        return new FailureAnalysis(cause.getMessage(), cause.action(), cause);
    }
}
