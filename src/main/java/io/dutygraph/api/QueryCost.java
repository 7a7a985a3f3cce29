package io.dutygraph.api;

import graphql.analysis.FieldComplexityCalculator;
import graphql.analysis.FieldComplexityEnvironment;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLType;

/**
 * A field's cost is the number of fields the server resolves for it: one for itself plus its selection once per
 * item it can return. A paged field counts {@code first} (or {@code last}) items (the default page without it); an unpaged list
 * counts its configured fan-out estimate ({@code dutygraph.api.list-sizes}); a connection's own edges and
 * nodes count once, their page already counted. Expensive fields add their configured cost. Every step saturates
 * just above the maximum, so no nesting or alias flood can wrap the counter.
 */
final class QueryCost implements FieldComplexityCalculator {

    private final ApiProperties properties;
    private final int ceiling;

    QueryCost(ApiProperties properties) {
        this.properties = properties;
        this.ceiling = properties.maxComplexity() + 1;
    }

    @Override
    public int calculate(FieldComplexityEnvironment environment, int childComplexity) {
        String coordinate = environment.getParentType().getName() + "." + environment.getField().getName();
        long cost = 1L + properties.fieldCosts().getOrDefault(coordinate, 0)
                + (long) items(environment, coordinate) * childComplexity;
        return (int) Math.min(cost, ceiling);
    }

    private int items(FieldComplexityEnvironment environment, String coordinate) {
        if (environment.getArguments().get("first") instanceof Integer first) {
            return Math.max(first, 1);
        }
        if (environment.getArguments().get("last") instanceof Integer last) {
            return Math.max(last, 1);
        }
        if (environment.getFieldDefinition().getArgument("first") != null) {
            return properties.defaultPageSize();
        }
        if (!isList(environment.getFieldDefinition().getType()) || isConnectionPage(environment)) {
            return 1;
        }
        return properties.listSizes().getOrDefault(coordinate, properties.defaultListSize());
    }

    private static boolean isConnectionPage(FieldComplexityEnvironment environment) {
        return environment.getParentType().getName().endsWith("Connection");
    }

    private static boolean isList(GraphQLType type) {
        GraphQLType unwrapped = type instanceof GraphQLNonNull nonNull ? nonNull.getWrappedType() : type;
        return unwrapped instanceof GraphQLList;
    }
}
