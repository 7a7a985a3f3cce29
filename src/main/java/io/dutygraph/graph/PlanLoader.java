package io.dutygraph.graph;

import io.dutygraph.plan.ParsedPlan;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.exceptions.Neo4jException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Puts parsed plans into the graph in one transaction, replacing any earlier version of the same plans: the
 * same plan loaded twice gives the same graph, and a load that fails leaves the previous graph untouched.
 */
@Component
public class PlanLoader {

    private static final Logger log = LoggerFactory.getLogger(PlanLoader.class);

    private final Driver driver;
    private final CypherStatements statements;
    private final ApplicationEventPublisher events;

    PlanLoader(Driver driver, CypherStatements statements, ApplicationEventPublisher events) {
        this.driver = driver;
        this.statements = statements;
        this.events = events;
    }

    /** Loads one plan and reports what the graph then holds for it. */
    public LoadReport load(ParsedPlan plan) {
        LoadReport report = loadAll(List.of(plan)).get(0);
        log.info("Loaded plan {}: {} tasks, {} units, {} officials, {} assignments in {} ms", report.planId(),
                report.tasks(), report.units(), report.officials(), report.assignments(), report.millis());
        return report;
    }

    /** Loads several plans in one transaction (bulk ingest); one report per plan, in the order given. */
    public List<LoadReport> loadAll(List<ParsedPlan> plans) {
        List<String> planIds = plans.stream().map(plan -> plan.plan().id()).toList();
        long started = System.nanoTime();
        try (Session session = driver.session()) {
            List<Record> counts = session.executeWrite(tx -> {
                Record previous = tx.run(statements.get(CypherStatement.SHARED_NODES_OF_PLANS),
                        Map.of("planIds", planIds)).single();
                run(tx, CypherStatement.DELETE_PLAN, Map.of("planIds", planIds));
                run(tx, CypherStatement.CREATE_PLAN, Map.of("plans", LoadParameters.plans(plans)));
                run(tx, CypherStatement.CREATE_CHAPTERS, Map.of("chapters", LoadParameters.ofAll(plans, LoadParameters::chapters)));
                run(tx, CypherStatement.CREATE_SECTIONS, Map.of("sections", LoadParameters.ofAll(plans, LoadParameters::sections)));
                run(tx, CypherStatement.MERGE_UNITS, Map.of("units", LoadParameters.ofAll(plans, p -> LoadParameters.units(p.units()))));
                run(tx, CypherStatement.LINK_COLLECTIVES,
                        Map.of("memberships", LoadParameters.ofAll(plans, p -> LoadParameters.memberships(p.units()))));
                run(tx, CypherStatement.CREATE_TASKS, Map.of("tasks", LoadParameters.ofAll(plans, LoadParameters::tasks)));
                run(tx, CypherStatement.CREATE_OVERSIGHT, Map.of("oversight", LoadParameters.ofAll(plans, LoadParameters::oversight)));
                run(tx, CypherStatement.CREATE_ASSIGNMENTS,
                        Map.of("assignments", LoadParameters.ofAll(plans, LoadParameters::assignments)));
                run(tx, CypherStatement.CREATE_DIAGNOSTICS,
                        Map.of("diagnostics", LoadParameters.ofAll(plans, LoadParameters::diagnostics)));
                run(tx, CypherStatement.DELETE_ORPHANS, Map.of(
                        "unitNames", previous.get("unitNames").asList(value -> value.asString()),
                        "officialNames", previous.get("officialNames").asList(value -> value.asString())));
                return tx.run(statements.get(CypherStatement.COUNT_PLAN), Map.of("planIds", planIds)).list();
            });
            long millis = (System.nanoTime() - started) / 1_000_000;
            events.publishEvent(new PlansChangedEvent(planIds));
            return counts.stream().sorted(Comparator.comparingInt(record -> planIds.indexOf(record.get("planId").asString())))
                    .map(record -> new LoadReport(record.get("planId").asString(), record.get("tasks").asInt(),
                            record.get("units").asInt(), record.get("officials").asInt(),
                            record.get("assignments").asInt(), record.get("oversights").asInt(), millis))
                    .toList();
        } catch (Neo4jException e) {
            throw new PlanLoadException(String.join(", ", new LinkedHashSet<>(planIds)), e);
        }
    }

    private void run(TransactionContext tx, CypherStatement statement, Map<String, Object> parameters) {
        tx.run(statements.get(statement), parameters).consume();
    }
}
