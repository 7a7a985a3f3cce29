package io.dutygraph.graph;

import io.dutygraph.DutyGraphProperties;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Runs each statement as one auto-commit read over the Neo4j driver: a single pipelined round trip
 * (RUN + PULL) instead of four for an explicit transaction (BEGIN, RUN, PULL, COMMIT), which dominated the
 * latency of every GraphQL request. Logs each statement at DEBUG with its time.
 */
@Component
class DriverGraphReader implements GraphReader {

    private static final Logger log = LoggerFactory.getLogger(DriverGraphReader.class);

    private static final SessionConfig READ = SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).build();

    private final Driver driver;
    private final CypherStatements statements;
    private final TransactionConfig withTimeout;

    DriverGraphReader(Driver driver, CypherStatements statements, DutyGraphProperties properties) {
        this.driver = driver;
        this.statements = statements;
        this.withTimeout = TransactionConfig.builder().withTimeout(properties.neo4j().queryTimeout()).build();
    }

    @Override
    public List<Record> read(CypherStatement statement, Map<String, Object> parameters) {
        long start = System.nanoTime();
        try (var session = driver.session(READ)) {
            List<Record> rows = session.run(statements.get(statement), parameters, withTimeout).list();
            log.debug("{}: {} rows in {} ms", statement, rows.size(), (System.nanoTime() - start) / 1_000_000);
            return rows;
        }
    }
}
