package io.dutygraph.graph;

/**
 * Every Cypher file the app runs, by name. Files live in the {@code cypher/} folder of the classpath, one
 * statement each; {@link CypherStatements} reads them all at start-up and fails naming any missing path.
 */
public enum CypherStatement {

    /** The constraints and indexes, {@code ;}-separated, all {@code IF NOT EXISTS}: applied at every start. */
    SCHEMA("schema.cypher");

    private final String path;

    CypherStatement(String path) {
        this.path = path;
    }

    /** The file's path relative to the {@code cypher/} classpath folder. */
    public String path() {
        return path;
    }
}
