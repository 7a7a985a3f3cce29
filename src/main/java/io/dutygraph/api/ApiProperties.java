package io.dutygraph.api;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Min;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Limits of the GraphQL API. Introspection and CORS are Spring's own settings
 * ({@code spring.graphql.schema.introspection.enabled}, {@code spring.graphql.cors.allowed-origins}).
 *
 * @param maxDepth        deepest selection nesting a query may have
 * @param maxComplexity   highest query cost: the fields a query would resolve, each list counting its selection
 *                        once per item it can return ({@code first}, the default page, or its estimated length)
 * @param maxPageSize     highest {@code first} a list argument accepts; above it the query is rejected
 * @param defaultPageSize page size of a connection queried without {@code first}
 * @param timeout         longest a request may run: then it is answered with an error and its execution stops
 * @param listSizes       estimated length of each unpaged list field by {@code Type.field}, for the query cost
 * @param defaultListSize estimated length of an unpaged list field not in {@code list-sizes}
 * @param fieldCosts      extra cost of fields that compute more than they return ({@code Query.coordinationNetwork})
 * @param maxFields       most fields one request may actually resolve, whatever its estimate said; then it stops
 */
@ConfigurationProperties("dutygraph.api")
@Validated
public record ApiProperties(
        @DefaultValue("12") @Min(1) int maxDepth,
        @DefaultValue("20000") @Min(1) int maxComplexity,
        @DefaultValue("100") @Min(1) int maxPageSize,
        @DefaultValue("20") @Min(1) int defaultPageSize,
        @DefaultValue("10s") @DurationMin(millis = 1) Duration timeout,
        @DefaultValue Map<String, @Min(1) Integer> listSizes,
        @DefaultValue("10") @Min(1) int defaultListSize,
        @DefaultValue Map<String, @Min(0) Integer> fieldCosts,
        @DefaultValue("100000") @Min(1) int maxFields) {

    /**
     * A unit holds a few dozen tasks, a task a handful of leaders and units, a plan about ten chapters of a few
     * sections (the bundled one: 10 chapters of at most 4 sections): the fan-out the cost assumes.
     */
    static final Map<String, Integer> DEFAULT_LIST_SIZES = Map.ofEntries(
            Map.entry("Query.plans", 10), Map.entry("Query.chapters", 12), Map.entry("Query.diagnostics", 100),
            Map.entry("Query.towns", 30),
            Map.entry("Query.coordinationPath", 8), Map.entry("Plan.chapters", 12), Map.entry("Jurisdiction.plans", 10),
            Map.entry("Jurisdiction.years", 20), Map.entry("Chapter.sections", 6),
            Map.entry("Task.leaders", 4), Map.entry("Task.leadUnits", 4), Map.entry("Task.supportUnits", 10),
            Map.entry("Task.assignments", 12), Map.entry("Official.leadUnits", 20),
            Map.entry("Unit.aliases", 4), Map.entry("Unit.officials", 6), Map.entry("Unit.members", 30),
            Map.entry("PartnerEdge.tasks", 10), Map.entry("Query.nodes", 100),
            Map.entry("CoordinationNetwork.nodes", 100), Map.entry("CoordinationNetwork.edges", 400),
            Map.entry("NetworkEdge.tasks", 5));

    /** Fields that compute far more than they return: the network and its betweenness, a path search. */
    static final Map<String, Integer> DEFAULT_FIELD_COSTS = Map.of(
            "Query.coordinationNetwork", 500, "Query.coordinationPath", 200, "Query.search", 20);

    public ApiProperties {
        listSizes = withDefaults(DEFAULT_LIST_SIZES, listSizes);
        fieldCosts = withDefaults(DEFAULT_FIELD_COSTS, fieldCosts);
    }

    private static Map<String, Integer> withDefaults(Map<String, Integer> defaults, Map<String, Integer> configured) {
        Map<String, Integer> merged = new HashMap<>(defaults);
        merged.putAll(configured);
        return Map.copyOf(merged);
    }

    @AssertTrue(message = "default-page-size must not exceed max-page-size")
    boolean isDefaultPageSizeWithinMaximum() {
        return defaultPageSize <= maxPageSize;
    }
}
