package io.dutygraph.graph.store;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * Versioned migrations: each {@code cypher/migrations/V<version>__<description>.cypher} (a
 * {@link CypherStatement} named {@code MIGRATION_…}) is applied once, in version order, before the schema, and
 * recorded as {@code (:Migration {version, description, appliedAt})}. Each statement of a migration runs in its
 * own transaction (schema changes cannot share one with data) and is written to be idempotent, so a migration
 * interrupted midway is applied again in full at the next start; the record is written after its last statement.
 * A new database (no node, no constraint) is recorded at the latest version without running them.
 */
final class GraphMigrations {

    private static final Log logger = LogFactory.getLog(GraphMigrations.class);
    private static final Pattern FILE_NAME = Pattern.compile("migrations/V(\\d+)__(.+)\\.cypher");

    /** One migration: its version, description (from the file name) and statement file. */
    record Migration(int version, String description, CypherStatement statement) {
    }

    private final StatementRunner runner;
    private final CypherStatements statements;

    GraphMigrations(StatementRunner runner, CypherStatements statements) {
        this.runner = runner;
        this.statements = statements;
    }

    /** Every migration the application knows, in version order. */
    static List<Migration> all() {
        return Arrays.stream(CypherStatement.values())
                .filter(statement -> statement.name().startsWith("MIGRATION_"))
                .map(GraphMigrations::migration)
                .sorted(Comparator.comparingInt(Migration::version))
                .toList();
    }

    /** Applies the migrations the database has not recorded yet; the versions applied now. */
    List<Integer> migrate() {
        Set<Integer> applied = runner.run(statements.get(CypherStatement.APPLIED_MIGRATIONS)).stream()
                .map(row -> row.get("version").asInt()).collect(Collectors.toSet());
        List<Migration> pending = all().stream().filter(m -> !applied.contains(m.version())).toList();
        if (!pending.isEmpty() && isNew()) {
            // Cold, each migration's statements cost seconds at the first start, and would change nothing here.
            pending.forEach(this::record);
            return pending.stream().map(Migration::version).toList();
        }
        for (Migration migration : pending) {
            apply(migration);
        }
        return pending.stream().map(Migration::version).toList();
    }

    /** No node and no constraint: nothing any release wrote, so nothing for a migration to change. */
    private boolean isNew() {
        return runner.run(statements.get(CypherStatement.DATABASE_IS_NEW)).get(0).get("new").asBoolean(false)
                && runner.run(statements.get(CypherStatement.CONSTRAINT_NAMES)).isEmpty();
    }

    private void record(Migration migration) {
        runner.run(statements.get(CypherStatement.RECORD_MIGRATION),
                Map.of("version", migration.version(), "description", migration.description()));
    }

    private void apply(Migration migration) {
        long start = System.nanoTime();
        for (String statement : statements.split(migration.statement())) {
            runner.run(statement);
        }
        record(migration);
        logger.info("Applied migration V" + migration.version() + " (" + migration.description() + ") in "
                + (System.nanoTime() - start) / 1_000_000 + " ms");
    }

    private static Migration migration(CypherStatement statement) {
        Matcher matcher = FILE_NAME.matcher(statement.path());
        if (!matcher.matches()) {
            throw new IllegalStateException("a migration file must be named migrations/V<n>__<description>.cypher: "
                    + statement.path());
        }
        return new Migration(Integer.parseInt(matcher.group(1)), matcher.group(2).replace('_', ' '), statement);
    }
}
