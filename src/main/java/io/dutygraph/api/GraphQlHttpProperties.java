package io.dutygraph.api;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * How {@code /graphql} is served over HTTP ({@code dutygraph.graphql.*}).
 *
 * @param getCacheControl         {@code Cache-Control} of a successful {@code GET /graphql} answer; its {@code ETag}
 *                                changes when a plan is loaded, so a revalidation ({@code If-None-Match}) is cheap
 *                                (304). POST answers are never cached
 * @param documentCacheSize       parsed and validated GraphQL documents kept (least recently used go first)
 * @param persistedQueryCacheSize automatic persisted queries (hash → document) kept; an evicted hash is answered
 *                                {@code PersistedQueryNotFound} and the client sends the document again
 * @param websocketMaxMessageSize largest WebSocket message (a graphql-ws {@code subscribe} with its document and
 *                                variables); a larger one closes the socket with 1009 (Tomcat's own limit is 8 KB).
 *                                Tomcat keeps a text buffer of this many characters for every open socket, so it is
 *                                a few times the largest document a client sends, not more
 * @param maxSubscriptionsPerClient subscriptions one client address may have open at once (WebSocket and server-sent
 *                                events together); one more is refused with {@code TOO_MANY_REQUESTS}
 * @param maxRequestSize          largest {@code POST /graphql} body; a larger one is answered 413 with one
 *                                {@code BAD_REQUEST} error, a body streamed without {@code Content-Length} is cut off
 *                                there. The explorer's requests are a few KB, a persisted query's registration
 *                                is its document and hash, and the query cost bounds a document long before this
 */
@ConfigurationProperties("dutygraph.graphql")
@Validated
public record GraphQlHttpProperties(
        @DefaultValue("public, max-age=60, must-revalidate") @NotBlank String getCacheControl,
        @DefaultValue("1000") @Min(1) int documentCacheSize,
        @DefaultValue("1000") @Min(1) int persistedQueryCacheSize,
        @DefaultValue("64KB") DataSize websocketMaxMessageSize,
        @DefaultValue("16") @Min(1) int maxSubscriptionsPerClient,
        @DefaultValue("1MB") DataSize maxRequestSize) {

    @AssertTrue(message = "max-request-size must be between 1KB and 1GB")
    boolean isMaxRequestSizeWithinBounds() {
        return maxRequestSize.toBytes() >= DataSize.ofKilobytes(1).toBytes()
                && maxRequestSize.toBytes() <= DataSize.ofGigabytes(1).toBytes();
    }
}
