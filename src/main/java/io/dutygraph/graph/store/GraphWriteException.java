package io.dutygraph.graph.store;

/** The database refused or failed a write (a constraint, a memory limit, a lost connection); it changed nothing. */
public class GraphWriteException extends RuntimeException {

    GraphWriteException(Throwable cause) {
        super(String.valueOf(cause.getMessage()).lines().findFirst().orElse(cause.getClass().getSimpleName()), cause);
    }
}
