package io.dutygraph.plan;

/**
 * Units and officials are unique within a jurisdiction: their graph key is the jurisdiction and the name
 * ({@code 苏州市吴江区/区发改委}). The migration {@code V0001__jurisdictions.cypher} builds the same key in Cypher.
 */
public final class JurisdictionKeys {

    private static final String SEPARATOR = "/";

    private JurisdictionKeys() {
    }

    public static String of(String jurisdiction, String name) {
        return jurisdiction + SEPARATOR + name;
    }
}
