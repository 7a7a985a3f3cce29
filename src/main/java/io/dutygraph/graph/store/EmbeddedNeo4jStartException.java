package io.dutygraph.graph.store;

import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;

/**
 * The embedded Neo4j server could not start for a reason the user can fix: a locked or read-only folder, a taken
 * port, a database that does not come up. One message per cause, and what to do about it.
 */
public class EmbeddedNeo4jStartException extends GraphStartException {

    private EmbeddedNeo4jStartException(String message, String action, Throwable cause) {
        super(message, action, cause);
    }

    static EmbeddedNeo4jStartException locked(Path home, Throwable cause) {
        return new EmbeddedNeo4jStartException(
                "The Neo4j data folder " + home + " is locked by another process (is DutyGraph already running?)",
                "Stop the other process (load, then start it again: a running server picks up no new plan by "
                        + "itself), or set dutygraph.neo4j.embedded.data-directory to another folder",
                cause);
    }

    static EmbeddedNeo4jStartException portTaken(String address, int port, Throwable cause) {
        return new EmbeddedNeo4jStartException(
                "Bolt port " + address + ":" + port + " is already in use",
                "Stop the process holding it, or set dutygraph.neo4j.embedded.bolt-port to a free port (0 = any)",
                cause);
    }

    static EmbeddedNeo4jStartException readOnly(Path home, Throwable cause) {
        return new EmbeddedNeo4jStartException(
                "The Neo4j data folder " + home + " cannot be written (" + whyNotWritten(cause) + ")",
                "Give this user write access to it, or set dutygraph.neo4j.embedded.data-directory to a writable folder",
                cause);
    }

    static EmbeddedNeo4jStartException unavailable(Path home) {
        return new EmbeddedNeo4jStartException(
                "The database in " + home + " did not start: its store files are damaged or unreadable (Neo4j's "
                        + "reasons are in " + home.resolve("logs/debug.log") + ")",
                "Restore the data folder from a backup, or move it away and start again to load the bundled plan "
                        + "afresh", null);
    }

    /** The database came up, but reading it failed (migrations, schema): the store files are damaged. */
    static EmbeddedNeo4jStartException unreadable(Path home, Throwable cause) {
        return new EmbeddedNeo4jStartException(
                "The database in " + home + " cannot be read: its store files are damaged (reading its migrations "
                        + "and schema failed; Neo4j's reasons are in " + home.resolve("logs/debug.log") + ")",
                "Restore the data folder from a backup, or move it away and start again to load the bundled plan "
                        + "afresh", cause);
    }

    /**
     * A setting Neo4j refuses, named by the property that gives it ({@code dutygraph.neo4j.embedded.transaction-memory})
     * with the value and Neo4j's reason.
     */
    static EmbeddedNeo4jStartException badSetting(String property, String value, String reason, Throwable cause) {
        return new EmbeddedNeo4jStartException(property + "=" + value + " is refused: " + reason,
                "Set " + property + " to a valid value (README, Configuration)", cause);
    }

    /** The reason a file could not be made, not the file's name (a temporary probe the user never sees). */
    private static String whyNotWritten(Throwable cause) {
        if (cause instanceof AccessDeniedException) {
            return "permission denied for this user";
        }
        if (cause instanceof FileSystemException failure && failure.getReason() != null) {
            return failure.getReason();
        }
        return cause.getClass().getSimpleName();
    }
}
