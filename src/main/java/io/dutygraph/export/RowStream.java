package io.dutygraph.export;

import io.dutygraph.graph.store.CypherStatement;
import io.dutygraph.graph.store.CypherStatements;
import io.dutygraph.graph.store.ResultRow;
import java.util.Map;
import java.util.function.Consumer;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.SessionConfig;
import org.springframework.stereotype.Component;

/**
 * Runs a read statement and hands its rows over one at a time as the driver fetches them (in batches), so that an
 * export of any size never holds its result in memory.
 */
@Component
class RowStream {

    private static final SessionConfig READ = SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).build();

    private final Driver driver;
    private final CypherStatements statements;

    RowStream(Driver driver, CypherStatements statements) {
        this.driver = driver;
        this.statements = statements;
    }

    void forEach(CypherStatement statement, Map<String, Object> parameters, Consumer<ResultRow> row) {
        try (var session = driver.session(READ)) {
            session.run(statements.get(statement), parameters).forEachRemaining(record -> row.accept(new ResultRow(record.asMap())));
        }
    }
}
