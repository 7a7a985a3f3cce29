package io.dutygraph.graph.store;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs each statement as one auto-commit read over Bolt with the configured timeout: one pipelined RUN + PULL per
 * statement. Logs each statement at DEBUG with its time.
 */
final class DriverGraphReader implements GraphReader {

    private static final Logger log = LoggerFactory.getLogger(DriverGraphReader.class);

    private static final SessionConfig READ = SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).build();

    private final Driver driver;
    private final CypherStatements statements;
    private final TransactionConfig withTimeout;

    DriverGraphReader(Driver driver, CypherStatements statements, Neo4jProperties properties) {
        this.driver = driver;
        this.statements = statements;
        this.withTimeout = TransactionConfig.builder().withTimeout(properties.queryTimeout()).build();
    }

    @Override
    public List<ResultRow> read(CypherStatement statement, Map<String, Object> parameters) {
        long start = System.nanoTime();
        try (var session = driver.session(READ)) {
            List<ResultRow> rows = session.run(statements.get(statement), parameters, withTimeout)
                    .list(record -> new ResultRow(record.asMap()));
            log.debug("{}: {} rows in {} ms", statement, rows.size(), (System.nanoTime() - start) / 1_000_000);
            return rows;
        }
    }

    @Override
    public void forEachRow(CypherStatement statement, Map<String, Object> parameters, Consumer<ResultRow> row) {
        try (var session = driver.session(READ)) {
            session.run(statements.get(statement), parameters).forEachRemaining(record -> row.accept(new ResultRow(record.asMap())));
        }
    }
}
