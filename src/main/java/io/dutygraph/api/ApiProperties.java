package io.dutygraph.api;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits of the GraphQL API. Introspection and CORS are Spring's own settings
 * ({@code spring.graphql.schema.introspection.enabled}, {@code spring.graphql.cors.allowed-origins}).
 *
 * @param maxDepth        deepest selection nesting a query may have
 * @param maxComplexity   highest query complexity: one per field, a field with {@code first} counts its
 *                        selection {@code first} times
 * @param maxPageSize     highest {@code first} a list argument accepts; above it the query is rejected
 * @param defaultPageSize page size of a connection queried without {@code first}
 * @param timeout         longest a request may run before it is answered with an error
 */
@ConfigurationProperties("dutygraph.api")
public record ApiProperties(@DefaultValue("12") int maxDepth, @DefaultValue("2000") int maxComplexity,
        @DefaultValue("100") int maxPageSize, @DefaultValue("20") int defaultPageSize,
        @DefaultValue("10s") Duration timeout) {
}
