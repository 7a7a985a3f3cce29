package io.dutygraph.api;

import graphql.ErrorClassification;
import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.language.SourceLocation;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.reactivestreams.Publisher;
import org.springframework.core.Ordered;
import org.springframework.graphql.execution.SubscriptionPublisherException;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * An error without a place in the document has no {@code locations} member, as the GraphQL specification asks,
 * rather than an empty list (graphql-java's error builder starts every error with one). Applied to every answer the
 * transports send: the response, each event of a subscription, and the errors a subscription ends with.
 */
final class ErrorLocations implements WebGraphQlInterceptor, Ordered {

    /** First of the interceptors, so it sees every error the others add. */
    static final int ORDER = Ordered.HIGHEST_PRECEDENCE;

    @Override
    public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
        return chain.next(request).map(ErrorLocations::withoutEmpty);
    }

    @Override
    public int getOrder() {
        return ORDER;
    }

    @SuppressWarnings("unchecked")
    private static WebGraphQlResponse withoutEmpty(WebGraphQlResponse response) {
        if (response.getData() instanceof Publisher<?> events) {
            return response.transform(builder -> builder.data(Flux.from((Publisher<ExecutionResult>) events)
                    .map(event -> event.transform(result -> result.errors(withoutEmpty(event.getErrors()))))
                    .onErrorMap(SubscriptionPublisherException.class, ended -> new SubscriptionPublisherException(
                            withoutEmpty(ended.getErrors()), ended.getCause()))));
        }
        List<GraphQLError> errors = response.getExecutionResult().getErrors();
        return errors.isEmpty() ? response : response.transform(builder -> builder.errors(withoutEmpty(errors)));
    }

    static List<GraphQLError> withoutEmpty(List<GraphQLError> errors) {
        return errors.stream().map(error -> error.getLocations() != null && error.getLocations().isEmpty()
                ? new Positionless(error) : error).toList();
    }

    /** An error as it was, but without locations. */
    private record Positionless(GraphQLError error) implements GraphQLError {

        @Override
        public String getMessage() {
            return error.getMessage();
        }

        @Override
        public List<SourceLocation> getLocations() {
            return null;
        }

        @Override
        public ErrorClassification getErrorType() {
            return error.getErrorType();
        }

        @Override
        public List<Object> getPath() {
            return error.getPath();
        }

        @Override
        public Map<String, Object> getExtensions() {
            return error.getExtensions();
        }

        @Override
        public Map<String, Object> toSpecification() {
            Map<String, Object> specification = new LinkedHashMap<>(error.toSpecification());
            specification.remove("locations");
            return specification;
        }
    }
}
