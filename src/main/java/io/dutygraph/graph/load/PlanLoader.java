package io.dutygraph.graph.load;

import io.dutygraph.graph.store.CypherStatement;
import io.dutygraph.graph.store.GraphReader;
import io.dutygraph.graph.store.GraphWriteException;
import io.dutygraph.graph.store.GraphWriter;
import io.dutygraph.graph.store.PlansChangedEvent;
import io.dutygraph.graph.store.ResultRow;
import io.dutygraph.graph.store.StatementParameters;
import io.dutygraph.plan.ParsedPlan;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Puts parsed plans into the graph in one transaction ({@link GraphWriter}: in-process on the embedded database),
 * replacing any earlier version of the same plans: the same plan loaded twice gives the same graph, and a load
 * that fails leaves the previous graph untouched.
 */
@Component
public class PlanLoader {

    private static final Logger log = LoggerFactory.getLogger(PlanLoader.class);

    /** The prefix of a replaced plan's ids and keys between its set-aside and its deletion, in one transaction. */
    static final String SET_ASIDE = "~replaced~";

    private final GraphWriter writer;
    private final GraphReader reader;
    private final ApplicationEventPublisher events;

    PlanLoader(GraphWriter writer, GraphReader reader, ApplicationEventPublisher events) {
        this.writer = writer;
        this.reader = reader;
        this.events = events;
    }

    /** How many plans the graph holds. */
    public long planCount() {
        return reader.read(CypherStatement.COUNT_PLANS, Map.of()).stream().findFirst()
                .map(row -> row.get("plans").asLong()).orElse(0L);
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
            writer.inTransaction(tx -> {
                PlanIdentities identities = new PlanIdentities(tx.run(CypherStatement.PLAN_IDENTITIES, Map.of())
                        .stream().map(ResultRow::asMap).toList());
                List<ParsedPlan> plans = identities.assign(parsed);
                plans.forEach(plan -> loadedIds.add(plan.plan().id()));
                loadedIds.stream().filter(identities::isLoaded).forEach(replacedIds::add);
                replace(tx, plans, loadedIds);
                return null;
            });
            long millis = (System.nanoTime() - started) / 1_000_000;
            // Counted after the commit: inside the loading transaction a count could meet the set-aside nodes it
            // deleted last (Neo4j answered "Node … has been deleted in this transaction" now and then).
            List<Map<String, Object>> counts = reader.read(CypherStatement.COUNT_PLAN,
                    StatementParameters.of("planIds", loadedIds)).stream().map(ResultRow::asMap).toList();
            events.publishEvent(new PlansChangedEvent(loadedIds, replacedIds));
            return counts.stream()
                    .sorted(Comparator.comparingInt(count -> loadedIds.indexOf((String) count.get("planId"))))
                    .map(count -> report(count, millis))
                    .toList();
        } catch (GraphWriteException e) {
            throw new PlanLoadException(String.join(", ", new LinkedHashSet<>(planIds)), e);
        }
    }

    private void replace(GraphWriter.WriteTransaction tx, List<ParsedPlan> plans, List<String> planIds) {
        Map<String, Object> previous = tx.run(CypherStatement.SHARED_NODES_OF_PLANS, Map.of("planIds", planIds))
                .get(0).asMap();
        // The previous version is set aside (renamed), the new one written, and the old one deleted last: index
        // seeks after a delete in the same transaction each merge every deleted node (a reload cost 4.5× a load).
        tx.run(CypherStatement.SET_ASIDE_PLAN, Map.of("planIds", planIds, "prefix", SET_ASIDE));
        tx.run(CypherStatement.CREATE_PLAN, Map.of("plans", LoadParameters.plans(plans)));
        tx.run(CypherStatement.CREATE_CHAPTERS, Map.of("chapters", LoadParameters.ofAll(plans, LoadParameters::chapters)));
        tx.run(CypherStatement.CREATE_SECTIONS, Map.of("sections", LoadParameters.ofAll(plans, LoadParameters::sections)));
        tx.run(CypherStatement.MERGE_UNITS, Map.of("units", LoadParameters.ofAll(plans, LoadParameters::units)));
        tx.run(CypherStatement.LINK_COLLECTIVES,
                Map.of("memberships", LoadParameters.ofAll(plans, LoadParameters::memberships)));
        tx.run(CypherStatement.CREATE_TASKS, Map.of("tasks", LoadParameters.ofAll(plans, LoadParameters::tasks)));
        tx.run(CypherStatement.CREATE_OVERSIGHT,
                Map.of("oversight", LoadParameters.ofAll(plans, LoadParameters::oversight)));
        tx.run(CypherStatement.CREATE_ASSIGNMENTS,
                Map.of("assignments", LoadParameters.ofAll(plans, LoadParameters::assignments)));
        tx.run(CypherStatement.CREATE_TARGETS, Map.of("targets", LoadParameters.ofAll(plans, TargetParameters::targets)));
        tx.run(CypherStatement.CREATE_DIAGNOSTICS,
                Map.of("diagnostics", LoadParameters.ofAll(plans, LoadParameters::diagnostics)));
        tx.run(CypherStatement.DELETE_PLAN, Map.of("planIds", planIds.stream().map(id -> SET_ASIDE + id).toList()));
        tx.run(CypherStatement.DELETE_ORPHANS,
                StatementParameters.of("unitKeys", previous.get("unitKeys"), "officialKeys", previous.get("officialKeys")));
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
