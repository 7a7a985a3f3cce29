package io.dutygraph.graph;

import io.dutygraph.plan.ParsedPlan;
import java.util.Map;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.exceptions.Neo4jException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Puts a parsed plan into the graph in one transaction, replacing any earlier version of the same plan:
 * the same plan loaded twice gives the same graph, and a load that fails leaves the previous graph untouched.
 */
@Component
public class PlanLoader {

    private static final Logger log = LoggerFactory.getLogger(PlanLoader.class);

    private final Driver driver;
    private final CypherStatements statements;

    PlanLoader(Driver driver, CypherStatements statements) {
        this.driver = driver;
        this.statements = statements;
    }

    public LoadReport load(ParsedPlan plan) {
        String planId = plan.plan().id();
        long started = System.nanoTime();
        try (Session session = driver.session()) {
            LoadReport report = session.executeWrite(tx -> {
                run(tx, CypherStatement.DELETE_PLAN, Map.of("planId", planId));
                run(tx, CypherStatement.CREATE_PLAN, Map.of("plan", GraphRows.plan(plan.plan())));
                run(tx, CypherStatement.CREATE_CHAPTERS, Map.of("planId", planId, "chapters", GraphRows.chapters(plan)));
                run(tx, CypherStatement.CREATE_SECTIONS, Map.of("sections", GraphRows.sections(plan)));
                run(tx, CypherStatement.MERGE_UNITS, Map.of("units", GraphRows.units(plan.units())));
                run(tx, CypherStatement.LINK_COLLECTIVES, Map.of("memberships", GraphRows.memberships(plan.units())));
                run(tx, CypherStatement.CREATE_TASKS, Map.of("tasks", GraphRows.tasks(plan)));
                run(tx, CypherStatement.CREATE_OVERSIGHT, Map.of("oversight", GraphRows.oversight(plan)));
                run(tx, CypherStatement.CREATE_ASSIGNMENTS, Map.of("assignments", GraphRows.assignments(plan)));
                run(tx, CypherStatement.CREATE_DIAGNOSTICS, Map.of("planId", planId, "diagnostics", GraphRows.diagnostics(plan)));
                run(tx, CypherStatement.DELETE_ORPHANS, Map.of());
                Record counts = tx.run(statements.get(CypherStatement.COUNT_PLAN), Map.of("planId", planId)).single();
                return new LoadReport(planId, counts.get("tasks").asInt(), counts.get("units").asInt(),
                        counts.get("officials").asInt(), counts.get("assignments").asInt(),
                        counts.get("oversights").asInt(), (System.nanoTime() - started) / 1_000_000);
            });
            log.info("Loaded plan {}: {} tasks, {} units, {} officials, {} assignments in {} ms", planId,
                    report.tasks(), report.units(), report.officials(), report.assignments(), report.millis());
            return report;
        } catch (Neo4jException e) {
            throw new PlanLoadException(planId, e);
        }
    }

    private void run(TransactionContext tx, CypherStatement statement, Map<String, Object> parameters) {
        tx.run(statements.get(statement), parameters).consume();
    }
}
