package io.dutygraph.api;

import graphql.ErrorClassification;

/** Error classifications beyond Spring's {@link org.springframework.graphql.execution.ErrorType}. */
public enum ServiceErrorType implements ErrorClassification {
    /** The request ran past {@code dutygraph.api.timeout} and was stopped. */
    TIMEOUT,
    /** The data is not ready yet (the bundled plan is still loading) or the database cannot answer. */
    UNAVAILABLE,
    /** The client has as many requests running, or subscriptions open, as it may have. */
    TOO_MANY_REQUESTS
}
