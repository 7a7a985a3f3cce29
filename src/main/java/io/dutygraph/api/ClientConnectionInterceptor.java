package io.dutygraph.api;

import java.util.function.BooleanSupplier;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import reactor.core.publisher.Mono;

/**
 * Hands the request's "is my client still connected?" question (the request attribute
 * {@value #REQUEST_ATTRIBUTE}, set by the web module's Tomcat valve) to the execution, where
 * {@link ExecutionBudget} asks it now and then and stops a request nobody waits for any more.
 */
final class ClientConnectionInterceptor implements WebGraphQlInterceptor {

    /** The request attribute the web module sets (see {@code io.dutygraph.web.ClientConnection}). */
    static final String REQUEST_ATTRIBUTE = "io.dutygraph.clientConnected";

    /** The key of the same question in the GraphQL context. */
    static final String CONTEXT_KEY = ClientConnectionInterceptor.class.getName();

    @Override
    public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
        if (request.getAttributes().get(REQUEST_ATTRIBUTE) instanceof BooleanSupplier connected) {
            request.configureExecutionInput((input, builder) -> {
                input.getGraphQLContext().put(CONTEXT_KEY, connected);
                return input;
            });
        }
        return chain.next(request);
    }
}
