package io.dutygraph.graph.store;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import java.util.function.UnaryOperator;
import org.springframework.beans.factory.InitializingBean;

/**
 * Applies the pending migrations ({@link GraphMigrations}) and then {@code cypher/schema.cypher} (constraints
 * and indexes, all {@code IF NOT EXISTS}) when the context starts, on the embedded and on an external server
 * alike. Beans that read the graph while the context starts inject this one so that they run after it; everything
 * else reads after start-up, when it has run. A failure is reported as {@code onFailure} says: for the embedded
 * database, as a store that cannot be read (its files damaged), not as whatever the first statement met.
 */
class GraphSchema implements InitializingBean {

    private static final Log logger = LogFactory.getLog(GraphSchema.class);

    private final StatementRunner runner;
    private final CypherStatements statements;
    private final GraphMigrations migrations;
    private final UnaryOperator<RuntimeException> onFailure;

    GraphSchema(StatementRunner runner, CypherStatements statements, UnaryOperator<RuntimeException> onFailure) {
        this.runner = runner;
        this.statements = statements;
        this.migrations = new GraphMigrations(runner, statements);
        this.onFailure = onFailure;
    }

    /** The name a schema statement creates ({@code CREATE [FULLTEXT ]INDEX|CONSTRAINT <name> IF NOT EXISTS …}). */
    static String name(String statement) {
        Matcher matcher = NAMED.matcher(statement);
        return matcher.find() ? matcher.group(1) : null;
    }

    private static final Pattern NAMED = Pattern.compile(
            "^\\s*CREATE\\s+(?:\\w+\\s+)?(?:CONSTRAINT|INDEX)\\s+(\\w+)\\s+IF\\s+NOT\\s+EXISTS",
            Pattern.CASE_INSENSITIVE);

    @Override
    public void afterPropertiesSet() {
        try {
            apply();
        } catch (RuntimeException failure) {
            throw onFailure.apply(failure);
        }
    }

    /**
     * Applies the pending migrations, then every schema statement, each in its own transaction; running it again
     * changes nothing.
     */
    void apply() {
        migrations.migrate();
        long start = System.nanoTime();
        var schema = statements.split(CypherStatement.SCHEMA);
        // Every CREATE is CREATE … <name> IF NOT EXISTS: when every name exists, the file changes nothing (and its
        // indexes are online). On an existing database two statements tell so, instead of one cold statement per
        // index; otherwise the whole file runs, as it always did.
        Set<String> existing = new HashSet<>();
        for (CypherStatement names : List.of(CypherStatement.CONSTRAINT_NAMES, CypherStatement.INDEX_NAMES)) {
            runner.run(statements.get(names)).forEach(row -> existing.add(row.get("name").asString()));
        }
        boolean complete = schema.stream().map(GraphSchema::name).filter(name -> name != null)
                .allMatch(existing::contains);
        if (!complete) {
            for (String statement : schema) {
                runner.run(statement);
            }
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        logger.debug("Applied " + schema.size() + " schema statements in " + millis + " ms");
    }
}
