package io.dutygraph.graph.query;

import io.dutygraph.graph.store.CypherStatement;
import io.dutygraph.graph.store.GraphReader;
import io.dutygraph.graph.store.StatementParameters;
import io.dutygraph.plan.Role;
import java.util.List;
import org.springframework.stereotype.Component;

/** Plans, their chapters and sections, and the diagnostics reported while reading them. */
@Component
public class PlanQueries {

    private final GraphReader reader;

    PlanQueries(GraphReader reader) {
        this.reader = reader;
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
        return reader.read(CypherStatement.RESOLVE_PLAN, StatementParameters.of("planId", planId,
                        "jurisdiction", jurisdiction)).stream()
                .map(row -> new PlanRef(row.get("planId").asString(), row.get("jurisdiction").asString(null)))
                .findFirst()
                .orElseThrow(() -> new UnknownPlanException(planId, plans().stream().map(PlanView::id).toList()));
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
