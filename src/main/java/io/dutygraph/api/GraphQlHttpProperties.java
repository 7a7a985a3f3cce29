package io.dutygraph.api;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
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
 */
@ConfigurationProperties("dutygraph.graphql")
@Validated
public record GraphQlHttpProperties(
        @DefaultValue("public, max-age=60, must-revalidate") @NotBlank String getCacheControl,
        @DefaultValue("1000") @Min(1) int documentCacheSize,
        @DefaultValue("1000") @Min(1) int persistedQueryCacheSize) {
}
