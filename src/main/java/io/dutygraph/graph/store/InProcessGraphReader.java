package io.dutygraph.graph.store;

import java.lang.reflect.Array;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.neo4j.graphdb.Entity;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Result;
import org.neo4j.graphdb.Transaction;

/**
 * Runs read statements directly on the embedded database, in the application's own JVM, without a Bolt round
 * trip. An external server is read through {@link DriverGraphReader}; both return the same {@link ResultRow}s.
 */
final class InProcessGraphReader implements GraphReader {

    private final GraphDatabaseService database;
    private final CypherStatements statements;
    private final Duration timeout;

    InProcessGraphReader(GraphDatabaseService database, CypherStatements statements, Duration timeout) {
        this.database = database;
        this.statements = statements;
        this.timeout = timeout;
    }

    @Override
    public List<ResultRow> read(CypherStatement statement, Map<String, Object> parameters) {
        try (Transaction tx = database.beginTx(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            List<ResultRow> rows = rows(tx.execute(statements.get(statement), parameters));
            tx.commit();
            return rows;
        }
    }

    @Override
    public void forEachRow(CypherStatement statement, Map<String, Object> parameters, Consumer<ResultRow> row) {
        try (Transaction tx = database.beginTx()) {
            Result result = tx.execute(statements.get(statement), parameters);
            while (result.hasNext()) {
                row.accept(row(result.next()));
            }
            tx.commit();
        }
    }

    /** The rows of a result, read to its end inside its transaction. */
    static List<ResultRow> rows(Result result) {
        List<ResultRow> rows = new ArrayList<>();
        while (result.hasNext()) {
            rows.add(row(result.next()));
        }
        return rows;
    }

    private static ResultRow row(Map<String, Object> columns) {
        Map<String, Object> row = new LinkedHashMap<>();
        columns.forEach((column, value) -> row.put(column, plain(value)));
        return ResultRow.owning(row);
    }

    // Statements return projections (maps, lists, scalars); an entity is read as its properties, inside the
    // transaction, so nothing escapes it.
    private static Object plain(Object value) {
        if (value instanceof Entity entity) {
            return entity.getAllProperties();
        }
        if (value instanceof String) {
            return value;
        }
        // The embedded API hands every map and list of a row as a fresh HashMap or ArrayList of Java values: those
        // are converted in place, as copying every task's map cost more than reading it.
        if (value instanceof HashMap<?, ?> fresh && fresh.getClass() == HashMap.class) {
            @SuppressWarnings("unchecked")
            HashMap<Object, Object> map = (HashMap<Object, Object>) fresh;
            map.replaceAll((key, item) -> plain(item));
            return Collections.unmodifiableMap(map);
        }
        if (value instanceof ArrayList<?> fresh && fresh.getClass() == ArrayList.class) {
            @SuppressWarnings("unchecked")
            ArrayList<Object> list = (ArrayList<Object>) fresh;
            list.replaceAll(InProcessGraphReader::plain);
            return Collections.unmodifiableList(list);
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> plain = new LinkedHashMap<>(Math.max(4, map.size() * 4 / 3 + 1));
            map.forEach((key, item) -> plain.put(String.valueOf(key), plain(item)));
            return plain;
        }
        if (value instanceof List<?> list) {
            List<Object> plain = new ArrayList<>(list.size());
            list.forEach(item -> plain.add(plain(item)));
            return Collections.unmodifiableList(plain);
        }
        if (value instanceof Integer number) {
            return number.longValue();
        }
        if (value != null && value.getClass().isArray()) {
            // Array properties (a unit's aliases) come back as arrays, primitive ones included.
            List<Object> items = new ArrayList<>();
            for (int i = 0; i < Array.getLength(value); i++) {
                items.add(plain(Array.get(value, i)));
            }
            return items;
        }
        return value;
    }
}
