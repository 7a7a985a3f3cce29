package io.dutygraph.graph.store;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.Transaction;
import org.neo4j.driver.exceptions.Neo4jException;

/** Writes an external server over Bolt, one explicit transaction per unit of work. */
final class DriverGraphWriter implements GraphWriter, StatementRunner {

    private final Driver driver;
    private final CypherStatements statements;

    DriverGraphWriter(Driver driver, CypherStatements statements) {
        this.driver = driver;
        this.statements = statements;
    }

    @Override
    public <T> T inTransaction(Function<WriteTransaction, T> work) {
        try (Session session = driver.session(); Transaction tx = session.beginTransaction()) {
            T result = work.apply((statement, parameters) -> execute(tx, statements.get(statement), parameters));
            tx.commit();
            return result;
        } catch (Neo4jException failure) {
            throw new GraphWriteException(failure);
        }
    }

    @Override
    public List<ResultRow> run(String cypher, Map<String, Object> parameters) {
        try (Session session = driver.session()) {
            return session.run(cypher, parameters).list(record -> new ResultRow(record.asMap()));
        } catch (Neo4jException failure) {
            throw new GraphWriteException(failure);
        }
    }

    private static List<ResultRow> execute(Transaction tx, String cypher, Map<String, Object> parameters) {
        try {
            return tx.run(cypher, parameters).list(record -> new ResultRow(record.asMap()));
        } catch (Neo4jException failure) {
            throw new GraphWriteException(failure);
        }
    }
}
