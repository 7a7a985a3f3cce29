package io.dutygraph.graph.store;

import java.nio.file.Path;

/** The embedded Neo4j server could not start for a reason the user can fix: a locked folder or a taken port. */
class EmbeddedNeo4jStartException extends RuntimeException {

    private final String action;

    private EmbeddedNeo4jStartException(String message, String action, Throwable cause) {
        super(message, cause);
        this.action = action;
    }

    static EmbeddedNeo4jStartException locked(Path home, Throwable cause) {
        return new EmbeddedNeo4jStartException(
                "The Neo4j data folder " + home + " is locked by another process (is DutyGraph already running?)",
                "Stop the other process, or set dutygraph.neo4j.embedded.data-directory to another folder, or use "
                        + "the running server: dutygraph.neo4j.embedded.enabled=false and spring.neo4j.uri=bolt://...",
                cause);
    }

    static EmbeddedNeo4jStartException portTaken(String address, int port, Throwable cause) {
        return new EmbeddedNeo4jStartException(
                "Bolt port " + address + ":" + port + " is already in use",
                "Stop the process holding it, or set dutygraph.neo4j.embedded.bolt-port to a free port (0 = any)",
                cause);
    }

    /** What the user can do about it. */
    String action() {
        return action;
    }
}
