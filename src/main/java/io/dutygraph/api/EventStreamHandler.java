package io.dutygraph.api;

import io.dutygraph.api.PostedBody.RefusedBodyException;
import jakarta.servlet.ServletException;
import java.io.IOException;
import java.util.Map;
import org.reactivestreams.Publisher;
import org.springframework.core.Ordered;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.server.webmvc.GraphQlSseHandler;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * {@code POST /graphql} with {@code Accept: text/event-stream} (GraphQL over server-sent events, distinct connections
 * mode). The body is checked as for one JSON answer ({@link PostedBody}): a request that never becomes a GraphQL
 * request is answered as there, one BAD_REQUEST error as JSON with 400, 413 or 415 — as graphql-sse's own server
 * answers a request it cannot read. A GraphQL request goes on to Spring's SSE handler, and what is refused before
 * it runs (a document that does not parse or validate, a query or mutation, one subscription too many) is that
 * stream's one {@code next} event, as the graphql-sse protocol asks, where Spring would say only that it streams
 * subscriptions.
 */
final class EventStreamHandler {

    /** Request attribute marking a request this handler passes on. */
    private static final String EVENT_STREAM = EventStreamHandler.class.getName();

    private final GraphQlSseHandler sse;
    private final PostedBody body;

    EventStreamHandler(GraphQlSseHandler sse, PostedBody body) {
        this.sse = sse;
        this.body = body;
    }

    ServerResponse handle(ServerRequest request) throws IOException, ServletException {
        byte[] checked;
        try {
            checked = body.read(request).bytes();
        } catch (RefusedBodyException e) {
            return HttpAnswers.refused(request, e.status(), e.getMessage());
        }
        // Checked to be JSON, so labelled JSON: Spring's handler refuses a body without Content-Type.
        return sse.handleRequest(ServerRequest.from(request).headers(headers -> headers.setContentType(
                MediaType.APPLICATION_JSON)).body(checked).attribute(EVENT_STREAM, true).build());
    }

    /**
     * For a request the handler passed on: only a subscription runs, and an answer that is no stream becomes a stream
     * of that one answer. Inside {@link ErrorLocations}, outside the other interceptors (their refusals included).
     */
    static final class Answers implements WebGraphQlInterceptor, Ordered {

        @Override
        public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
            if (!Boolean.TRUE.equals(request.getAttributes().get(EVENT_STREAM))) {
                return chain.next(request);
            }
            request.configureExecutionInput((input, builder) -> builder
                    .graphQLContext(Map.of(DocumentCache.ONE_STREAM, true)).build());
            return chain.next(request).map(response -> response.getData() instanceof Publisher<?> ? response
                    : response.transform(refused -> refused.data(Flux.just(response.getExecutionResult()))));
        }

        @Override
        public int getOrder() {
            return ErrorLocations.ORDER + 1;
        }
    }
}
