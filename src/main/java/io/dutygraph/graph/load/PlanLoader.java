package io.dutygraph.graph.load;

import io.dutygraph.graph.store.CypherStatement;
import io.dutygraph.graph.store.CypherStatements;
import io.dutygraph.graph.store.PlansChangedEvent;
import io.dutygraph.plan.ParsedPlan;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.exceptions.Neo4jException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataAccessException;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Puts parsed plans into the graph in one transaction (Spring Data Neo4j's transaction manager and client),
 * replacing any earlier version of the same plans: the same plan loaded twice gives the same graph, and a load
 * that fails leaves the previous graph untouched.
 */
@Component
public class PlanLoader {

    private static final Logger log = LoggerFactory.getLogger(PlanLoader.class);

    /** The prefix of a replaced plan's ids and keys between its set-aside and its deletion, in one transaction. */
    static final String SET_ASIDE = "~replaced~";

    private final Neo4jClient client;
    private final TransactionTemplate transaction;
    private final CypherStatements statements;
    private final ApplicationEventPublisher events;

    PlanLoader(Neo4jClient client, PlatformTransactionManager transactionManager, CypherStatements statements,
            ApplicationEventPublisher events) {
        this.client = client;
        this.transaction = new TransactionTemplate(transactionManager);
        this.statements = statements;
        this.events = events;
    }

    /** How many plans the graph holds. */
    public long planCount() {
        return client.query(statements.get(CypherStatement.COUNT_PLANS)).fetchAs(Long.class).one().orElse(0L);
    }

    /** Loads one plan and reports what the graph then holds for it. */
    public LoadReport load(ParsedPlan plan) {
        LoadReport report = loadAll(List.of(plan)).get(0);
        log.info("Loaded plan {} ({} {}): {} tasks, {} units, {} officials, {} assignments in {} ms", report.planId(),
                report.jurisdiction(), report.year(), report.tasks(), report.units(), report.officials(),
                report.assignments(), report.millis());
        return report;
    }

    /**
     * Loads several plans in one transaction (bulk ingest); one report per plan, in the order given. A plan with
     * the jurisdiction, year and title of a plan in the graph replaces it (see {@link PlanIdentities}).
     */
    public List<LoadReport> loadAll(List<ParsedPlan> parsed) {
        parsed.stream().filter(plan -> plan.plan().jurisdiction() == null).findFirst().ifPresent(plan -> {
            throw new PlanLoadException(plan.plan().id(), "its jurisdiction is unknown: the document names no "
                    + "issuer (人民政府…) before the table; give it with load --jurisdiction");
        });
        parsed.stream().filter(plan -> plan.tasks().isEmpty()).findFirst().ifPresent(plan -> {
            throw new PlanLoadException(plan.plan().id(), "no task was read from " + plan.plan().source()
                    + " (see its diagnostics); a plan without tasks is not put into the graph");
        });
        long started = System.nanoTime();
        List<String> planIds = parsed.stream().map(plan -> plan.plan().id()).toList();
        try {
            List<String> loadedIds = new ArrayList<>();
            List<String> replacedIds = new ArrayList<>();
            transaction.execute(status -> {
                PlanIdentities identities = new PlanIdentities(new ArrayList<>(client.query(
                        statements.get(CypherStatement.PLAN_IDENTITIES)).fetch().all()));
                List<ParsedPlan> plans = identities.assign(parsed);
                plans.forEach(plan -> loadedIds.add(plan.plan().id()));
                loadedIds.stream().filter(identities::isLoaded).forEach(replacedIds::add);
                replace(plans, loadedIds);
                return null;
            });
            long millis = (System.nanoTime() - started) / 1_000_000;
            // Counted after the commit: inside the loading transaction a count could meet the set-aside nodes it
            // deleted last (Neo4j answered "Node … has been deleted in this transaction" now and then).
            Collection<Map<String, Object>> counts = client.query(statements.get(CypherStatement.COUNT_PLAN))
                    .bind(loadedIds).to("planIds").fetch().all();
            events.publishEvent(new PlansChangedEvent(loadedIds, replacedIds));
            return counts.stream()
                    .sorted(Comparator.comparingInt(count -> loadedIds.indexOf((String) count.get("planId"))))
                    .map(count -> report(count, millis))
                    .toList();
        } catch (DataAccessException | TransactionException | Neo4jException e) {
            throw new PlanLoadException(String.join(", ", new LinkedHashSet<>(planIds)), e);
        }
    }

    private void replace(List<ParsedPlan> plans, List<String> planIds) {
        Map<String, Object> previous = client.query(statements.get(CypherStatement.SHARED_NODES_OF_PLANS))
                .bind(planIds).to("planIds").fetch().one().orElseThrow();
        // The previous version is set aside (renamed), the new one written, and the old one deleted last: index
        // seeks after a delete in the same transaction each merge every deleted node (a reload cost 4.5× a load).
        client.query(statements.get(CypherStatement.SET_ASIDE_PLAN))
                .bindAll(Map.of("planIds", planIds, "prefix", SET_ASIDE)).run();
        run(CypherStatement.CREATE_PLAN, "plans", LoadParameters.plans(plans));
        run(CypherStatement.CREATE_CHAPTERS, "chapters", LoadParameters.ofAll(plans, LoadParameters::chapters));
        run(CypherStatement.CREATE_SECTIONS, "sections", LoadParameters.ofAll(plans, LoadParameters::sections));
        run(CypherStatement.MERGE_UNITS, "units", LoadParameters.ofAll(plans, LoadParameters::units));
        run(CypherStatement.LINK_COLLECTIVES, "memberships", LoadParameters.ofAll(plans, LoadParameters::memberships));
        run(CypherStatement.CREATE_TASKS, "tasks", LoadParameters.ofAll(plans, LoadParameters::tasks));
        run(CypherStatement.CREATE_OVERSIGHT, "oversight", LoadParameters.ofAll(plans, LoadParameters::oversight));
        run(CypherStatement.CREATE_ASSIGNMENTS, "assignments", LoadParameters.ofAll(plans, LoadParameters::assignments));
        run(CypherStatement.CREATE_TARGETS, "targets", LoadParameters.ofAll(plans, TargetParameters::targets));
        run(CypherStatement.CREATE_DIAGNOSTICS, "diagnostics", LoadParameters.ofAll(plans, LoadParameters::diagnostics));
        run(CypherStatement.DELETE_PLAN, "planIds", planIds.stream().map(id -> SET_ASIDE + id).toList());
        client.query(statements.get(CypherStatement.DELETE_ORPHANS))
                .bindAll(Map.of("unitKeys", previous.get("unitKeys"), "officialKeys", previous.get("officialKeys")))
                .run();
    }

    private void run(CypherStatement statement, String parameter, Object value) {
        client.query(statements.get(statement)).bind(value).to(parameter).run();
    }

    private static LoadReport report(Map<String, Object> count, long millis) {
        Number year = (Number) count.get("year");
        return new LoadReport((String) count.get("planId"), (String) count.get("jurisdiction"),
                year == null ? null : year.intValue(), number(count, "tasks"), number(count, "units"),
                number(count, "officials"), number(count, "assignments"), number(count, "oversights"), millis);
    }

    private static int number(Map<String, Object> count, String key) {
        return Math.toIntExact(((Number) count.get(key)).longValue());
    }
}
