package io.dutygraph.graph.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Transaction;

/**
 * Writes the embedded database in this JVM: no Bolt connection is involved, so the commands that load plans need
 * no Bolt connector at all. A transaction started here belongs to no Bolt user (see {@link BoltUsers}).
 */
final class InProcessGraphWriter implements GraphWriter, StatementRunner {

    private final GraphDatabaseService database;
    private final CypherStatements statements;

    InProcessGraphWriter(GraphDatabaseService database, CypherStatements statements) {
        this.database = database;
        this.statements = statements;
    }

    @Override
    public <T> T inTransaction(Function<WriteTransaction, T> work) {
        try (Transaction tx = begin()) {
            T result = work.apply((statement, parameters) -> execute(tx, statements.get(statement), parameters));
            commit(tx);
            return result;
        }
    }

    @Override
    public List<ResultRow> run(String cypher, Map<String, Object> parameters) {
        try (Transaction tx = begin()) {
            List<ResultRow> rows = execute(tx, cypher, parameters);
            commit(tx);
            return rows;
        }
    }

    private Transaction begin() {
        try {
            return database.beginTx();
        } catch (RuntimeException failure) {
            throw new GraphWriteException(failure);
        }
    }

    private static List<ResultRow> execute(Transaction tx, String cypher, Map<String, Object> parameters) {
        try {
            return InProcessGraphReader.rows(tx.execute(cypher, boltTyped(parameters)));
        } catch (RuntimeException failure) {
            throw new GraphWriteException(failure);
        }
    }

    /**
     * The parameters as the driver would send them: Bolt knows only 64-bit integers and floats, so a Java
     * {@code Integer} becomes a {@code Long} and a {@code Float} a {@code Double}. The graph then holds the same
     * property types whichever way it was written (a task number loaded in-process is a long, as over Bolt).
     */
    static Map<String, Object> boltTyped(Map<String, Object> parameters) {
        Map<String, Object> typed = new LinkedHashMap<>();
        parameters.forEach((name, value) -> typed.put(name, boltTyped(value)));
        return typed;
    }

    private static Object boltTyped(Object value) {
        if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return ((Number) value).longValue();
        }
        if (value instanceof Float number) {
            return number.doubleValue();
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> typed = new LinkedHashMap<>();
            map.forEach((key, item) -> typed.put(String.valueOf(key), boltTyped(item)));
            return typed;
        }
        if (value instanceof Collection<?> items) {
            List<Object> typed = new ArrayList<>(items.size());
            items.forEach(item -> typed.add(boltTyped(item)));
            return typed;
        }
        return value;
    }

    private static void commit(Transaction tx) {
        try {
            tx.commit();
        } catch (RuntimeException failure) {
            throw new GraphWriteException(failure);
        }
    }
}
