package io.dutygraph.api;

import io.dutygraph.api.GraphQlRequestBody.MalformedRequestException;
import io.dutygraph.graph.query.PlanVersions;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.server.support.SerializableGraphQlRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code GET /graphql?query=…&variables=…&operationName=…&extensions=…}: queries only (a mutation or subscription
 * is 405 with {@code Allow: POST}). A successful answer carries {@code Cache-Control} and a weak {@code ETag} built
 * from the loaded plans' versions and the request, so {@code If-None-Match} is answered 304 without running the
 * query, and a plan load changes every ETag.
 */
final class GetQueryHandler {

    private final WebGraphQlHandler graphQl;
    private final PlanVersions versions;
    private final JsonMapper json;
    private final String cacheControl;

    GetQueryHandler(WebGraphQlHandler graphQl, PlanVersions versions, JsonMapper json, GraphQlHttpProperties properties) {
        this.graphQl = graphQl;
        this.versions = versions;
        this.json = json;
        this.cacheControl = properties.getCacheControl();
    }

    ServerResponse handle(ServerRequest request) {
        SerializableGraphQlRequest body;
        try {
            body = GraphQlRequestBody.of(request.param("query").orElse(null),
                    request.param("operationName").orElse(null),
                    GraphQlRequestBody.parameter(json, "variables", request.param("variables").orElse(null)),
                    GraphQlRequestBody.parameter(json, "extensions", request.param("extensions").orElse(null)));
        } catch (MalformedRequestException e) {
            return HttpAnswers.refused(request, HttpStatus.BAD_REQUEST, "GET /graphql: " + e.getMessage());
        }
        String etag = etag(request);
        if (matches(request.headers().header(HttpHeaders.IF_NONE_MATCH), etag)) {
            return ServerResponse.status(HttpStatus.NOT_MODIFIED).eTag(etag).header(HttpHeaders.CACHE_CONTROL, cacheControl)
                    .header(HttpHeaders.VARY, HttpHeaders.ACCEPT).build();
        }
        WebGraphQlRequest graphQlRequest = new WebGraphQlRequest(request.uri(), request.headers().asHttpHeaders(),
                new LinkedMultiValueMap<>(), request.remoteAddress().orElse(null), request.attributes(), body,
                UUID.randomUUID().toString(), request.servletRequest().getLocale());
        graphQlRequest.configureExecutionInput((input, builder) -> builder
                .graphQLContext(Map.of(DocumentCache.OVER_GET, true)).build());
        MediaType mediaType = HttpAnswers.mediaType(request);
        return HttpAnswers.whenDone(graphQl.handleRequest(graphQlRequest).map(response -> answer(response, mediaType, etag)));
    }

    private ServerResponse answer(WebGraphQlResponse response, MediaType mediaType, String etag) {
        Map<String, Object> result = response.toMap();
        if (response.getErrors().stream().anyMatch(error -> error.getExtensions().containsKey(DocumentCache.ALLOW_EXTENSION))) {
            return ServerResponse.status(HttpStatus.METHOD_NOT_ALLOWED).header(HttpHeaders.ALLOW, "POST")
                    .contentType(mediaType).body(result);
        }
        ServerResponse.BodyBuilder answer = ServerResponse.status(HttpAnswers.status(response, mediaType))
                .contentType(mediaType).header(HttpHeaders.VARY, HttpHeaders.ACCEPT);
        if (response.getErrors().isEmpty()) {
            answer.eTag(etag).header(HttpHeaders.CACHE_CONTROL, cacheControl);
        }
        return answer.body(result);
    }

    private String etag(ServerRequest request) {
        StringBuilder key = new StringBuilder(versions.fingerprint());
        for (String name : List.of("query", "operationName", "variables", "extensions")) {
            key.append('\u0000').append(request.param(name).orElse(""));
        }
        key.append('\u0000').append(HttpAnswers.mediaType(request));
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.toString().getBytes(StandardCharsets.UTF_8));
            return "W/\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(digest, 18)) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** Weak comparison, as RFC 9110 asks for If-None-Match. */
    static boolean matches(List<String> ifNoneMatch, String etag) {
        String opaque = etag.substring(2);
        return ifNoneMatch.stream().flatMap(header -> Arrays.stream(header.split(",")))
                .map(String::trim)
                .anyMatch(tag -> tag.equals("*") || (tag.startsWith("W/") ? tag.substring(2) : tag).equals(opaque));
    }
}
