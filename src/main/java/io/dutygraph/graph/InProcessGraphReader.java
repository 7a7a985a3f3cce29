package io.dutygraph.graph;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.neo4j.driver.Values;
import org.neo4j.driver.internal.InternalRecord;
import org.neo4j.graphdb.Entity;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Result;
import org.neo4j.graphdb.Transaction;

/**
 * Runs read statements directly on the embedded database, in the application's own JVM. Every statement over
 * Bolt costs round trips that dominated the latency of a GraphQL request (the profile showed request threads
 * waiting on BEGIN/RUN/PULL/COMMIT); in-process, the same statement costs no network at all. Rows come back as
 * driver {@link Record}s, so the query layer is the same in both modes; an external server is read through
 * {@link DriverGraphReader}.
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
    public List<Record> read(CypherStatement statement, Map<String, Object> parameters) {
        try (Transaction tx = database.beginTx(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            List<Record> records = records(tx.execute(statements.get(statement), parameters));
            tx.commit();
            return records;
        }
    }

    private static List<Record> records(Result result) {
        List<String> keys = result.columns();
        List<Record> records = new ArrayList<>();
        while (result.hasNext()) {
            Map<String, Object> row = result.next();
            List<Value> values = new ArrayList<>(keys.size());
            for (String key : keys) {
                values.add(value(row.get(key)));
            }
            records.add(new InternalRecord(keys, values));
        }
        return records;
    }

    // Statements return projections (maps, lists, scalars); an entity is read as its properties, inside the
    // transaction, so nothing escapes it.
    private static Value value(Object object) {
        if (object instanceof Entity entity) {
            return Values.value(entity.getAllProperties());
        }
        if (object instanceof Map<?, ?> map) {
            Map<String, Value> values = new LinkedHashMap<>();
            map.forEach((key, item) -> values.put(String.valueOf(key), value(item)));
            return Values.value(values);
        }
        if (object instanceof List<?> list) {
            return Values.value(list.stream().map(InProcessGraphReader::value).toList());
        }
        return Values.value(object);
    }
}
