package io.dutygraph.api;

import graphql.execution.DataFetcherResult;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.schema.DataFetcher;
import graphql.schema.GraphQLTypeUtil;
import java.util.concurrent.CompletionStage;
import reactor.core.publisher.Mono;

/**
 * A connection field that fails answers null, as GraphQL specifies, not an empty connection. Spring for GraphQL adapts
 * every connection field's result (its {@code ConnectionFieldTypeVisitor}, active because Spring Data is on the
 * classpath) and turns a failed non-null connection field — no data, an error — into an empty connection of its own
 * ({@code graphql.relay.DefaultConnection}), so an error came with invented data: {@code totalCount: 0}, no nodes.
 * The app's own connections are {@link Connection}s; a relay connection next to an error is Spring's stand-in, and is
 * taken back out, so graphql-java nulls the field and its nearest nullable parent.
 */
final class FailedConnections {

    /** Spring's wrapper around the app's own (non-trivial) data fetchers, the only ones that can fail this way. */
    private static final Class<?> APP_FETCHER = springDecorator();

    private FailedConnections() {
    }

    /** The fetcher, wrapped when it serves a connection field of the app's. */
    static DataFetcher<?> nullWhenFailed(DataFetcher<?> fetcher, InstrumentationFieldFetchParameters parameters) {
        if (!APP_FETCHER.isInstance(fetcher)
                || !GraphQLTypeUtil.unwrapAll(parameters.getField().getType()).getName().endsWith("Connection")) {
            return fetcher;
        }
        return environment -> {
            Object result = fetcher.get(environment);
            if (result instanceof CompletionStage<?> stage) {
                return stage.thenApply(FailedConnections::withoutStandIn);
            }
            if (result instanceof Mono<?> mono) {
                return mono.map(FailedConnections::withoutStandIn);
            }
            return withoutStandIn(result);
        };
    }

    private static Object withoutStandIn(Object value) {
        if (value instanceof DataFetcherResult<?> failed && !failed.getErrors().isEmpty()
                && failed.getData() instanceof graphql.relay.Connection<?>) {
            return DataFetcherResult.newResult().errors(failed.getErrors()).localContext(failed.getLocalContext())
                    .build();
        }
        return value;
    }

    private static Class<?> springDecorator() {
        String name = "org.springframework.graphql.execution.ContextDataFetcherDecorator";
        try {
            return Class.forName(name, false, FailedConnections.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(name + " is gone from Spring for GraphQL: check how it wraps the app's "
                    + "data fetchers and adapt FailedConnections", e);
        }
    }
}
