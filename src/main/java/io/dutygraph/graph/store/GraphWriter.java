package io.dutygraph.graph.store;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Runs named write statements in one transaction: all of them commit, or none. The load layer's only way to write.
 * The embedded database is written in this JVM (no Bolt connection is needed, so {@code load} opens none); an
 * external server over Bolt.
 */
public interface GraphWriter {

    /**
     * Runs {@code work} in one write transaction and commits when it returns; an exception from {@code work} rolls
     * everything back and is thrown as it is, a failure of the database as a {@link GraphWriteException}.
     */
    <T> T inTransaction(Function<WriteTransaction, T> work);

    /** The statements of one write transaction. */
    @FunctionalInterface
    interface WriteTransaction {

        /** Runs a statement in this transaction; its result rows. */
        List<ResultRow> run(CypherStatement statement, Map<String, Object> parameters);
    }
}
