package io.dutygraph.graph.query;

import io.dutygraph.graph.store.CypherStatement;
import io.dutygraph.graph.store.GraphReader;
import io.dutygraph.graph.store.PlansChangedEvent;
import io.dutygraph.graph.store.StatementParameters;
import io.dutygraph.plan.Role;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Plans, their chapters and sections, and the diagnostics reported while reading them. */
@Component
public class PlanQueries {

    /**
     * How long a resolved plan is trusted without a load by this application in between (plans loaded into an
     * external server by another process are seen at most this late, as with {@link SpellingCache}).
     */
    static final Duration MAX_AGE = Duration.ofSeconds(10);

    /** At most this many distinct (plan, jurisdiction) questions are remembered; more clears the memory. */
    private static final int MAX_RESOLVED = 1024;

    private final GraphReader reader;
    private final AtomicLong generation = new AtomicLong();
    private final Map<Question, Resolved> resolved = new ConcurrentHashMap<>();

    private record Question(String planId, String jurisdiction) {
    }

    /** A plan resolution tagged with the graph generation it was read in. */
    private record Resolved(PlanRef plan, long generation, long readAt) {

        boolean isCurrent(long currentGeneration) {
            return generation == currentGeneration && System.nanoTime() - readAt < MAX_AGE.toNanos();
        }
    }

    PlanQueries(GraphReader reader) {
        this.reader = reader;
    }

    /** Plans were loaded or replaced: every remembered resolution is stale. */
    @EventListener
    void plansChanged(PlansChangedEvent event) {
        generation.incrementAndGet();
        resolved.clear();
    }

    /** The id of the plan asked for, or of the most recently loaded one when {@code planId} is null. */
    public String resolve(String planId) {
        return resolve(planId, null).id();
    }

    /**
     * The plan asked for by id; when {@code planId} is null, the most recently loaded plan of {@code jurisdiction}
     * (of any jurisdiction when that is null too).
     */
    public PlanRef resolve(String planId, String jurisdiction) {
        return find(planId, jurisdiction)
                .orElseThrow(() -> new UnknownPlanException(planId, plans().stream().map(PlanView::id).toList()));
    }

    /** The most recently loaded plan, if any. */
    public Optional<PlanRef> latest() {
        return find(null, null);
    }

    /** The plan with this id, or the most recently loaded one when {@code planId} is null; empty when there is none. */
    public Optional<PlanRef> find(String planId) {
        return find(planId, null);
    }

    /** As {@link #resolve(String, String)}, empty when there is no such plan. */
    public Optional<PlanRef> find(String planId, String jurisdiction) {
        // Every request resolves its plan, most of them several times (once per batch of each nested field): the
        // answer is kept per graph generation, so a request costs no statement for it. The generation is taken
        // before reading: a load committing during the read makes the answer stale at once. "No such plan" is
        // not kept.
        Question question = new Question(planId, jurisdiction);
        long readGeneration = generation.get();
        Resolved cached = resolved.get(question);
        if (cached != null && cached.isCurrent(readGeneration)) {
            return Optional.of(cached.plan());
        }
        Optional<PlanRef> plan = read(planId, jurisdiction);
        plan.ifPresent(found -> {
            if (resolved.size() >= MAX_RESOLVED) {
                resolved.clear();
            }
            resolved.put(question, new Resolved(found, readGeneration, System.nanoTime()));
        });
        return plan;
    }

    private Optional<PlanRef> read(String planId, String jurisdiction) {
        return reader.read(CypherStatement.RESOLVE_PLAN, StatementParameters.of("planId", planId,
                        "jurisdiction", jurisdiction)).stream()
                .map(row -> new PlanRef(row.get("planId").asString(), row.get("jurisdiction").asString(null),
                        row.get("loadedAt").asString(null)))
                .findFirst();
    }

    /** Every loaded plan, most recently loaded first. */
    public List<PlanView> plans() {
        return plans(null);
    }

    /** The plans of one jurisdiction (all when null), most recently loaded first. */
    public List<PlanView> plans(String jurisdiction) {
        return reader.read(CypherStatement.PLANS, StatementParameters.of("jurisdiction", jurisdiction)).stream()
                .map(row -> ViewMapping.plan(row.get("plan"))).toList();
    }

    /** The chapters of the given plans, in order. */
    public List<ChapterView> chapters(List<String> planIds) {
        return reader.read(CypherStatement.CHAPTERS_OF_PLANS, StatementParameters.of("planIds", planIds)).stream()
                .map(row -> ViewMapping.chapter(row.get("chapter"))).toList();
    }

    /** Chapters by key, in no particular order. */
    public List<ChapterView> chaptersByKey(List<String> keys) {
        return reader.read(CypherStatement.CHAPTERS_BY_KEY, StatementParameters.of("keys", keys)).stream()
                .map(row -> ViewMapping.chapter(row.get("chapter"))).toList();
    }

    /** The sections of the given chapters, in order. */
    public List<SectionView> sections(List<String> chapterKeys) {
        return reader.read(CypherStatement.SECTIONS_OF_CHAPTERS, StatementParameters.of("chapterKeys", chapterKeys)).stream()
                .map(row -> ViewMapping.section(row.get("section"))).toList();
    }

    /**
     * Every assignment of one plan, collectives expanded to their members, optionally only in one chapter (numeral
     * or ordinal) and of one role; in task-number order.
     */
    public List<AssignmentView> assignments(String planId, String chapter, Role role) {
        return reader.read(CypherStatement.ASSIGNMENTS_OF_PLAN, StatementParameters.of("planId", planId,
                "chapter", chapter, "relationship", ViewMapping.relationship(role))).stream()
                .map(ViewMapping::assignment).toList();
    }

    /** The diagnostics of one plan, in line order. */
    public List<DiagnosticView> diagnostics(String planId) {
        return reader.read(CypherStatement.DIAGNOSTICS_OF_PLAN, StatementParameters.of("planId", planId)).stream()
                .map(row -> new DiagnosticView(row.get("code").asString(), row.get("line").asInt(),
                        row.get("message").asString(), row.get("location").asString(null)))
                .toList();
    }
}
