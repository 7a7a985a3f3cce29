package io.dutygraph.api;

import graphql.ExecutionResult;
import graphql.GraphQLError;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.reactivestreams.Publisher;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Each client address may have {@code dutygraph.graphql.max-subscriptions-per-client} subscriptions open at once,
 * over WebSocket and server-sent events together; one more is refused with one {@code TOO_MANY_REQUESTS} error.
 * A subscription holds its place until its stream ends (the client unsubscribes or goes away). Subscriptions hold
 * none of the places of running requests ({@code dutygraph.http.max-concurrent-requests-per-client}), which they
 * would otherwise keep for as long as they last.
 */
final class SubscriptionLimit implements WebGraphQlInterceptor {

    private final int limit;
    private final ConcurrentMap<String, Integer> open = new ConcurrentHashMap<>();

    SubscriptionLimit(int limit) {
        this.limit = limit;
    }

    @Override
    public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
        return chain.next(request).map(response -> response.getData() instanceof Publisher<?> events
                ? counted(client(request), response, events) : response);
    }

    /** Subscriptions open now, over all clients (for tests and monitoring). */
    int open() {
        return open.values().stream().mapToInt(Integer::intValue).sum();
    }

    @SuppressWarnings("unchecked")
    private WebGraphQlResponse counted(String client, WebGraphQlResponse response, Publisher<?> events) {
        if (open.merge(client, 1, Integer::sum) > limit) {
            release(client);
            return response.transform(refused -> refused.data(null).errors(List.of(GraphQLError.newError()
                    .errorType(ServiceErrorType.TOO_MANY_REQUESTS)
                    .message("Too many subscriptions from this client (at most " + limit
                            + ", dutygraph.graphql.max-subscriptions-per-client): end one first").build())));
        }
        Flux<ExecutionResult> counted = Flux.from((Publisher<ExecutionResult>) events).doFinally(signal -> release(client));
        return response.transform(builder -> builder.data(counted));
    }

    private void release(String client) {
        open.computeIfPresent(client, (address, count) -> count == 1 ? null : count - 1);
    }

    private static String client(WebGraphQlRequest request) {
        InetSocketAddress address = request.getRemoteAddress();
        return address == null || address.getAddress() == null ? "unknown" : address.getAddress().getHostAddress();
    }
}
