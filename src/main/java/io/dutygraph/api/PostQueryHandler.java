package io.dutygraph.api;

import io.dutygraph.api.PostedBody.RefusedBodyException;
import java.io.IOException;
import java.util.Map;
import java.util.UUID;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * {@code POST /graphql} with a JSON answer, in place of Spring's handler, which answers a body it cannot read with a
 * bare error page: here every request that is not a GraphQL request gets one BAD_REQUEST error ({@link PostedBody}:
 * 400, 413 or 415). A subscription is refused (it needs a stream: WebSocket, or this path with
 * {@code Accept: text/event-stream}, see {@link EventStreamHandler}).
 */
final class PostQueryHandler {

    private final WebGraphQlHandler graphQl;
    private final PostedBody body;

    PostQueryHandler(WebGraphQlHandler graphQl, PostedBody body) {
        this.graphQl = graphQl;
        this.body = body;
    }

    /** Whether the client asks for a stream of events (then {@link EventStreamHandler} answers). */
    static boolean wantsEventStream(ServerRequest request) {
        var accepted = request.headers().accept();
        return accepted.stream().anyMatch(MediaType.TEXT_EVENT_STREAM::equalsTypeAndSubtype)
                && accepted.stream().noneMatch(type -> type.isCompatibleWith(MediaType.APPLICATION_JSON)
                        || type.isCompatibleWith(HttpAnswers.GRAPHQL_RESPONSE));
    }

    ServerResponse handle(ServerRequest request) throws IOException {
        WebGraphQlRequest graphQlRequest;
        try {
            graphQlRequest = new WebGraphQlRequest(request.uri(), request.headers().asHttpHeaders(),
                    new LinkedMultiValueMap<>(), request.remoteAddress().orElse(null), request.attributes(),
                    body.read(request).request(), UUID.randomUUID().toString(), request.servletRequest().getLocale());
        } catch (RefusedBodyException e) {
            return HttpAnswers.refused(request, e.status(), e.getMessage());
        }
        graphQlRequest.configureExecutionInput((input, builder) -> builder
                .graphQLContext(Map.of(DocumentCache.ONE_ANSWER, true)).build());
        MediaType mediaType = HttpAnswers.mediaType(request);
        return HttpAnswers.whenDone(graphQl.handleRequest(graphQlRequest).map(response -> answer(response, mediaType)));
    }

    private static ServerResponse answer(WebGraphQlResponse response, MediaType mediaType) {
        return ServerResponse.status(HttpAnswers.status(response, mediaType))
                .headers(headers -> headers.putAll(response.getResponseHeaders()))
                .contentType(mediaType).body(response.toMap());
    }
}
