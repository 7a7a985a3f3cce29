package io.dutygraph.graph;

import java.util.List;
import java.util.Map;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.SessionConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Runs each statement in its own read transaction over the Neo4j driver; logs each at DEBUG with its time. */
@Component
class DriverGraphReader implements GraphReader {

    private static final Logger log = LoggerFactory.getLogger(DriverGraphReader.class);

    private final Driver driver;
    private final CypherStatements statements;

    DriverGraphReader(Driver driver, CypherStatements statements) {
        this.driver = driver;
        this.statements = statements;
    }

    @Override
    public List<Record> read(CypherStatement statement, Map<String, Object> parameters) {
        long start = System.nanoTime();
        try (var session = driver.session(SessionConfig.defaultConfig())) {
            List<Record> rows = session.executeRead(tx -> tx.run(statements.get(statement), parameters).list());
            log.debug("{}: {} rows in {} ms", statement, rows.size(), (System.nanoTime() - start) / 1_000_000);
            return rows;
        }
    }
}
