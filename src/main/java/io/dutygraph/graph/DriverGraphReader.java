package io.dutygraph.graph;

import java.util.List;
import java.util.Map;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.SessionConfig;
import org.springframework.stereotype.Component;

/** Runs each statement in its own read transaction over the Neo4j driver. */
@Component
class DriverGraphReader implements GraphReader {

    private final Driver driver;
    private final CypherStatements statements;

    DriverGraphReader(Driver driver, CypherStatements statements) {
        this.driver = driver;
        this.statements = statements;
    }

    @Override
    public List<Record> read(CypherStatement statement, Map<String, Object> parameters) {
        try (var session = driver.session(SessionConfig.defaultConfig())) {
            return session.executeRead(tx -> tx.run(statements.get(statement), parameters).list());
        }
    }
}
