package io.dutygraph.graph.store;

/** Who may use the embedded server's Bolt connector besides the app ({@code dutygraph.neo4j.embedded.bolt-access}). */
public enum BoltAccess {
    /**
     * No Bolt connector at all: the app reads and writes its database in this JVM only. The commands that open the
     * database ({@code load}, {@code audit}, {@code export}) run so.
     */
    OFF,
    /** Only the app: it sets a fresh random password for the {@code neo4j} user at every start and tells nobody. */
    APP_ONLY,
    /**
     * Also Neo4j Browser and cypher-shell as user {@code reader}, whose password is generated once into
     * {@code <data-directory>/bolt-reader.password} (owner-only); the database refuses every write of theirs.
     */
    READ_ONLY,
    /**
     * Also tools as the app's own user {@code neo4j}, with a password generated once into
     * {@code <data-directory>/bolt-neo4j.password} (owner-only): full access, for maintenance.
     */
    READ_WRITE
}
