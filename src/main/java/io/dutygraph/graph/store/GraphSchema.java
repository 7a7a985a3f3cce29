package io.dutygraph.graph.store;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.springframework.beans.factory.InitializingBean;

/**
 * Applies the pending migrations ({@link GraphMigrations}) and then {@code cypher/schema.cypher} (constraints
 * and indexes, all {@code IF NOT EXISTS}) when the driver
 * exists, on the embedded and on an external server alike. Beans that read the graph while the context starts
 * inject this one so that they run after it; everything else reads after start-up, when it has run.
 */
class GraphSchema implements InitializingBean {

    private static final Log logger = LogFactory.getLog(GraphSchema.class);

    private final Driver driver;
    private final CypherStatements statements;
    private final GraphMigrations migrations;

    GraphSchema(Driver driver, CypherStatements statements) {
        this.driver = driver;
        this.statements = statements;
        this.migrations = new GraphMigrations(driver, statements);
    }

    @Override
    public void afterPropertiesSet() {
        apply();
    }

    /**
     * Applies the pending migrations, then every schema statement, each in its own transaction; running it again
     * changes nothing.
     */
    void apply() {
        migrations.migrate();
        long start = System.nanoTime();
        var schema = statements.split(CypherStatement.SCHEMA);
        try (Session session = driver.session()) {
            for (String statement : schema) {
                session.run(statement).consume();
            }
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        logger.debug("Applied " + schema.size() + " schema statements in " + millis + " ms");
    }
}
