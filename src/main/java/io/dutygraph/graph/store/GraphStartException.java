package io.dutygraph.graph.store;

import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import org.neo4j.driver.exceptions.AuthenticationException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;

/**
 * The graph could not be opened for a reason the user can fix: an embedded store that does not start (see
 * {@link EmbeddedNeo4jStartException}), an external server that cannot be reached or refuses the login, a setting
 * Neo4j refuses. One message naming the cause, and what to do about it: the configuration key to change.
 */
public class GraphStartException extends RuntimeException {

    private final String action;

    GraphStartException(String message, String action, Throwable cause) {
        super(message, cause);
        this.action = action;
    }

    /**
     * The external server's failure as the user can fix it: unreachable ({@code spring.neo4j.uri}) or refusing the
     * login ({@code spring.neo4j.authentication.*}); any other failure as it is.
     */
    static RuntimeException ofExternal(RuntimeException failure, URI uri, String user) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof AuthenticationException) {
                return new GraphStartException("The Neo4j server at " + uri + " refused the login of user "
                        + (user == null ? "(none given)" : "'" + user + "'") + ": wrong user name or password",
                        "Set spring.neo4j.authentication.username and spring.neo4j.authentication.password to an "
                                + "account of that server", failure);
            }
            if (cause instanceof ServiceUnavailableException || cause instanceof UnknownHostException
                    || cause instanceof ConnectException) {
                return new GraphStartException("The Neo4j server at " + uri + " cannot be reached ("
                        + reason(cause) + ")", "Start that server, or set spring.neo4j.uri to its address (or leave "
                        + "out dutygraph.neo4j.embedded.enabled=false to use the embedded database)", failure);
            }
        }
        return failure;
    }

    /** The innermost reason of a connection failure: "Connection refused", "unknown host db.example". */
    private static String reason(Throwable failure) {
        Throwable innermost = failure;
        while (innermost.getCause() != null && innermost.getCause() != innermost) {
            innermost = innermost.getCause();
        }
        String message = String.valueOf(innermost.getMessage());
        if (innermost instanceof UnknownHostException) {
            return "unknown host " + message;
        }
        return message.substring(message.lastIndexOf(": ") + 1).strip();
    }

    /** What the user can do about it. */
    public String action() {
        return action;
    }
}
