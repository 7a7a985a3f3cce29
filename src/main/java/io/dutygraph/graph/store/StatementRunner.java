package io.dutygraph.graph.store;

import java.util.List;
import java.util.Map;

/**
 * Runs statement text, each statement in a transaction of its own: the migrations and the schema (schema changes
 * cannot share a transaction with data), the same way on the embedded and on an external server.
 */
interface StatementRunner {

    /** Runs one statement in its own transaction; its result rows. */
    List<ResultRow> run(String cypher, Map<String, Object> parameters);

    /** Runs one statement without parameters in its own transaction; its result rows. */
    default List<ResultRow> run(String cypher) {
        return run(cypher, Map.of());
    }
}
