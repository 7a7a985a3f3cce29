package io.dutygraph.api;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Min;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

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
@Validated
public record ApiProperties(
        @DefaultValue("12") @Min(1) int maxDepth,
        @DefaultValue("2000") @Min(1) int maxComplexity,
        @DefaultValue("100") @Min(1) int maxPageSize,
        @DefaultValue("20") @Min(1) int defaultPageSize,
        @DefaultValue("10s") @DurationMin(millis = 1) Duration timeout) {

    @AssertTrue(message = "default-page-size must not exceed max-page-size")
    boolean isDefaultPageSizeWithinMaximum() {
        return defaultPageSize <= maxPageSize;
    }
}
