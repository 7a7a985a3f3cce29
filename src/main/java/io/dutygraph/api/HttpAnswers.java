package io.dutygraph.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;
import reactor.core.publisher.Mono;

/**
 * What GET and POST {@code /graphql} share in answering (GraphQL over HTTP): the media type the client accepts,
 * the status of an answer without a {@code data} entry (400 under {@code application/graphql-response+json}, 200
 * under {@code application/json}), and a request refused before it runs, as one BAD_REQUEST error.
 */
final class HttpAnswers {

    static final MediaType GRAPHQL_RESPONSE = MediaType.parseMediaType("application/graphql-response+json");

    private HttpAnswers() {
    }

    /** {@code application/graphql-response+json} when the client names it, else {@code application/json}. */
    static MediaType mediaType(ServerRequest request) {
        return request.headers().accept().stream().anyMatch(accepted -> accepted.includes(GRAPHQL_RESPONSE)
                && !accepted.isWildcardType()) ? GRAPHQL_RESPONSE : MediaType.APPLICATION_JSON;
    }

    /**
     * The status of an executed request's answer: 400 under {@code application/graphql-response+json} only when it has
     * no {@code data} entry (the request failed before execution, or was stopped). {@code data: null} is an executed
     * operation whose error reached the root (a non-null field failed): a partial response, 200 as the specification
     * recommends, where Spring's {@code isValid()} counts it as failed.
     */
    static HttpStatus status(WebGraphQlResponse response, MediaType mediaType) {
        return !response.getExecutionResult().isDataPresent() && mediaType.equals(GRAPHQL_RESPONSE)
                ? HttpStatus.BAD_REQUEST : HttpStatus.OK;
    }

    /**
     * The answer, written by the request's own thread when its execution has already finished, as it has whenever
     * every statement ran on that thread. Servlet async, which {@code ServerResponse.async} always starts, would
     * dispatch the finished answer a second time through Tomcat, the filters and the handler mapping.
     */
    static ServerResponse whenDone(Mono<ServerResponse> answer) {
        CompletableFuture<ServerResponse> future = answer.toFuture();
        return future.isDone() && !future.isCompletedExceptionally() ? future.join() : ServerResponse.async(future);
    }

    /** A request that was not run: one error classified BAD_REQUEST, no data. */
    static ServerResponse refused(ServerRequest request, HttpStatus status, String message) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("message", message);
        error.put("extensions", Map.of("classification", "BAD_REQUEST"));
        return ServerResponse.status(status).contentType(mediaType(request)).body(Map.of("errors", List.of(error)));
    }
}
