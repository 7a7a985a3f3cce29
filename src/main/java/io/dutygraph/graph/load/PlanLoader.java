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
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
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
     * the jurisdiction, year and title of a plan in the graph replaces it (see {@link PlanIdentities}). A plan that
     * cannot be loaded ({@link PlanAdmission}) refuses the load before any statement runs.
     */
    public List<LoadReport> loadAll(List<ParsedPlan> parsed) {
        PlanAdmission.check(parsed);
        long started = System.nanoTime();
        List<String> planIds = parsed.stream().map(plan -> plan.plan().id()).toList();
        try {
            List<String> loadedIds = new ArrayList<>();
            List<String> replacedIds = new ArrayList<>();
            int plansBefore = writer.inTransaction(tx -> {
                PlanIdentities identities = new PlanIdentities(tx.run(CypherStatement.PLAN_IDENTITIES, Map.of())
                        .stream().map(ResultRow::asMap).toList());
                List<ParsedPlan> plans = identities.assign(parsed);
                plans.forEach(plan -> loadedIds.add(plan.plan().id()));
                loadedIds.stream().filter(identities::isLoaded).forEach(replacedIds::add);
                write(tx, changes(tx, plans, replacedIds));
                return identities.count();
            });
            long millis = (System.nanoTime() - started) / 1_000_000;
            int plansAfter = plansBefore + loadedIds.size() - replacedIds.size();
            if (2 * loadedIds.size() >= plansAfter) {
                resampleIndexes();
            }
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

    /**
     * Has the indexes resampled at once, in the background, after a load that wrote at least half of the plans the graph
     * holds (the first load into an empty store, above all): Neo4j resamples by itself only every ten seconds, and the
     * statements planned meanwhile saw the empty store's samples. Smaller loads leave it to Neo4j, whose sampling would
     * otherwise compete with a bulk ingest after every batch. A hint after the commit: if it fails, the load stands.
     */
    private void resampleIndexes() {
        try {
            writer.inTransaction(tx -> tx.run(CypherStatement.RESAMPLE_OUTDATED_INDEXES, Map.of()));
        } catch (GraphWriteException e) {
            log.warn("Index statistics were not renewed after the load: {}", e.getMessage());
        }
    }

    /** Per plan, what to write: all of a new plan, what changed of a replaced one (compared with its digest). */
    private static List<PlanChanges> changes(GraphWriter.WriteTransaction tx, List<ParsedPlan> plans,
            List<String> replacedIds) {
        Map<String, PlanDigest> previous = new HashMap<>();
        if (!replacedIds.isEmpty()) {
            tx.run(CypherStatement.DIGESTS_OF_PLANS, Map.of("planIds", replacedIds)).forEach(row ->
                    previous.put(row.get("planId").asString(), PlanDigest.fromGraph(row.asMap())));
        }
        List<Map<String, Object>> planRows = LoadParameters.plans(plans);
        List<PlanChanges> changes = new ArrayList<>();
        for (int i = 0; i < plans.size(); i++) {
            String id = plans.get(i).plan().id();
            changes.add(PlanChanges.of(plans.get(i), planRows.get(i), previous.getOrDefault(id, PlanDigest.NONE),
                    replacedIds.contains(id)));
        }
        return changes;
    }

    private void write(GraphWriter.WriteTransaction tx, List<PlanChanges> changes) {
        List<String> replacedIds = changes.stream().filter(plan -> plan.replacing).map(plan -> plan.planId).toList();
        // Only a replaced plan has anything to set aside, unlink or orphan: a new plan's load (the bundled plan's at
        // the first start) runs none of those statements.
        Map<String, Object> orphanCandidates = replacedIds.isEmpty() ? Map.of() : setAside(tx, changes, replacedIds);
        runOver(tx, CypherStatement.CREATE_PLAN, "plans", planRows(changes, false));
        runOver(tx, CypherStatement.UPDATE_PLAN, "plans", planRows(changes, true));
        runOver(tx, CypherStatement.CREATE_CHAPTERS, "chapters", all(changes, plan -> plan.createdChapters));
        runOver(tx, CypherStatement.UPDATE_CHAPTERS, "chapters", all(changes, plan -> plan.updatedChapters));
        runOver(tx, CypherStatement.CREATE_SECTIONS, "sections", all(changes, plan -> plan.createdSections));
        runOver(tx, CypherStatement.UPDATE_SECTIONS, "sections", all(changes, plan -> plan.updatedSections));
        runOver(tx, CypherStatement.MERGE_UNITS, "units", all(changes, plan -> plan.units));
        runOver(tx, CypherStatement.LINK_COLLECTIVES, "memberships", all(changes, plan -> plan.memberships));
        runOver(tx, CypherStatement.CREATE_TASKS, "tasks", all(changes, plan -> plan.createdTasks));
        runOver(tx, CypherStatement.UPDATE_TASKS, "tasks", all(changes, plan -> plan.updatedTasks));
        runOver(tx, CypherStatement.CREATE_OVERSIGHT, "oversight", all(changes, plan -> plan.oversight));
        runOver(tx, CypherStatement.CREATE_ASSIGNMENTS, "assignments", all(changes, plan -> plan.assignments));
        runOver(tx, CypherStatement.CREATE_TARGETS, "targets", all(changes, plan -> plan.targets));
        runOver(tx, CypherStatement.CREATE_DIAGNOSTICS, "diagnostics", all(changes, plan -> plan.diagnostics));
        tx.run(CypherStatement.WRITE_PLAN_DIGESTS, Map.of("digests",
                changes.stream().map(plan -> plan.digest().toRow(plan.planId)).toList()));
        if (!replacedIds.isEmpty()) {
            tx.run(CypherStatement.DELETE_PLAN, Map.of("planIds", replacedIds.stream().map(id -> SET_ASIDE + id).toList()));
            tx.run(CypherStatement.DELETE_ORPHANS, StatementParameters.of("unitKeys", orphanCandidates.get("unitKeys"),
                    "officialKeys", orphanCandidates.get("officialKeys")));
        }
    }

    /**
     * Sets aside what the replaced plans' new versions no longer hold (or hold changed) and unlinks the tasks whose
     * leaders and units changed; the units and officials those tasks referred to, the candidates for orphans.
     */
    private static Map<String, Object> setAside(GraphWriter.WriteTransaction tx, List<PlanChanges> changes,
            List<String> replacedIds) {
        Map<String, Object> orphanCandidates = tx.run(CypherStatement.SHARED_NODES_OF_TASKS,
                Map.of("taskKeys", all(changes, PlanChanges::tasksLosingLinks))).get(0).asMap();
        tx.run(CypherStatement.SET_ASIDE_NODES, Map.of("prefix", SET_ASIDE, "diagnosticsOfPlans", replacedIds,
                "targetsOfTasks", all(changes, PlanChanges::tasksLosingTargets),
                "tasks", all(changes, plan -> plan.removedTasks), "sections", all(changes, plan -> plan.removedSections),
                "chapters", all(changes, plan -> plan.removedChapters)));
        runOver(tx, CypherStatement.UNLINK_TASKS, "taskKeys", all(changes, plan -> plan.relinkedTasks));
        return orphanCandidates;
    }

    /** The metadata rows of the new plans, or of the replaced ones. */
    private static List<Map<String, Object>> planRows(List<PlanChanges> changes, boolean replacing) {
        return changes.stream().filter(plan -> plan.replacing == replacing).map(plan -> plan.planRow).toList();
    }

    /** Runs a statement over rows, unless there are none (a statement not needed is not planned either). */
    private static void runOver(GraphWriter.WriteTransaction tx, CypherStatement statement, String name, List<?> rows) {
        if (!rows.isEmpty()) {
            tx.run(statement, Map.of(name, rows));
        }
    }

    private static <T> List<T> all(List<PlanChanges> changes, Function<PlanChanges, List<T>> rows) {
        List<T> all = new ArrayList<>();
        changes.forEach(plan -> all.addAll(rows.apply(plan)));
        return all;
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
