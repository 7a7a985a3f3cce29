package io.dutygraph.api;

import io.dutygraph.api.GraphQlRequestBody.MalformedRequestException;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code POST /graphql} with a JSON body, in place of Spring's handler, which answers a body it cannot read with a
 * bare error page: here every request that is not a GraphQL request gets one BAD_REQUEST error — 400 for a body
 * that is not one JSON object of the right members, 415 for a body that is not JSON. A subscription is refused
 * (it needs a stream: WebSocket, or this path with {@code Accept: text/event-stream}, which Spring's SSE handler
 * serves).
 */
final class PostQueryHandler {

    /** Besides JSON, Spring has always accepted a JSON body labelled {@code application/graphql}. */
    private static final MediaType APPLICATION_GRAPHQL = MediaType.parseMediaType("application/graphql");

    private final WebGraphQlHandler graphQl;
    private final JsonMapper json;

    PostQueryHandler(WebGraphQlHandler graphQl, JsonMapper json) {
        this.graphQl = graphQl;
        this.json = json;
    }

    /** Whether the client asks for a stream of events (then Spring's SSE handler answers). */
    static boolean wantsEventStream(ServerRequest request) {
        var accepted = request.headers().accept();
        return accepted.stream().anyMatch(MediaType.TEXT_EVENT_STREAM::equalsTypeAndSubtype)
                && accepted.stream().noneMatch(type -> type.isCompatibleWith(MediaType.APPLICATION_JSON)
                        || type.isCompatibleWith(HttpAnswers.GRAPHQL_RESPONSE));
    }

    ServerResponse handle(ServerRequest request) throws IOException {
        Optional<MediaType> contentType = request.headers().contentType();
        if (contentType.isPresent() && !isJson(contentType.get())) {
            return HttpAnswers.refused(request, HttpStatus.UNSUPPORTED_MEDIA_TYPE, "POST /graphql takes a JSON "
                    + "body with Content-Type: application/json, not " + contentType.get().toString()
                    .replaceAll("[^\\w/+.;= -]", "?"));
        }
        WebGraphQlRequest graphQlRequest;
        try {
            graphQlRequest = readRequest(request, json);
        } catch (MalformedRequestException e) {
            return HttpAnswers.refused(request, HttpStatus.BAD_REQUEST, e.getMessage());
        }
        graphQlRequest.configureExecutionInput((input, builder) -> builder
                .graphQLContext(Map.of(DocumentCache.ONE_ANSWER, true)).build());
        MediaType mediaType = HttpAnswers.mediaType(request);
        return ServerResponse.async(graphQl.handleRequest(graphQlRequest).map(response -> answer(response, mediaType)));
    }

    /** The GraphQL request a JSON body holds; a body that holds none is a {@link MalformedRequestException}. */
    static WebGraphQlRequest readRequest(ServerRequest request, JsonMapper json) throws IOException {
        return new WebGraphQlRequest(request.uri(), request.headers().asHttpHeaders(), new LinkedMultiValueMap<>(),
                request.remoteAddress().orElse(null), request.attributes(),
                GraphQlRequestBody.ofBody(json, request.servletRequest().getInputStream().readAllBytes()),
                UUID.randomUUID().toString(), request.servletRequest().getLocale());
    }

    private static ServerResponse answer(WebGraphQlResponse response, MediaType mediaType) {
        return ServerResponse.status(HttpAnswers.status(response, mediaType))
                .headers(headers -> headers.putAll(response.getResponseHeaders()))
                .contentType(mediaType).body(response.toMap());
    }

    private static boolean isJson(MediaType type) {
        return type.isCompatibleWith(MediaType.APPLICATION_JSON) || type.equalsTypeAndSubtype(APPLICATION_GRAPHQL)
                || ("application".equals(type.getType()) && type.getSubtype().endsWith("+json"));
    }
}
