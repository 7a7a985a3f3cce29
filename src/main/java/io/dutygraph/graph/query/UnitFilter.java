package io.dutygraph.graph.query;

/** Which units to list; every component may be null. {@code name} is a substring of the name or an alias. */
public record UnitFilter(String kind, Boolean isTown, String name) {

    /** No condition. */
    public static final UnitFilter NONE = new UnitFilter(null, null, null);
}
