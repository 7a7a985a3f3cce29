package io.dutygraph.graph.store;

/** A {@link CypherStatement} names a file that is not on the classpath. */
public class CypherStatementNotFoundException extends IllegalStateException {

    private final String resourcePath;

    CypherStatementNotFoundException(CypherStatement statement, String resourcePath) {
        super("Cypher statement " + statement + " not found: no classpath resource " + resourcePath);
        this.resourcePath = resourcePath;
    }

    /** The classpath path that was looked for, e.g. {@code cypher/schema.cypher}. */
    public String resourcePath() {
        return resourcePath;
    }
}
