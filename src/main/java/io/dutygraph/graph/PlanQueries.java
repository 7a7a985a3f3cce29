package io.dutygraph.graph;

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
        return reader.read(CypherStatement.RESOLVE_PLAN, Params.of("planId", planId)).stream()
                .map(row -> row.get("planId").asString())
                .findFirst()
                .orElseThrow(() -> new UnknownPlanException(planId, plans().stream().map(PlanView::id).toList()));
    }

    /** Every loaded plan, most recently loaded first. */
    public List<PlanView> plans() {
        return reader.read(CypherStatement.PLANS, Params.of()).stream().map(row -> Rows.plan(row.get("plan"))).toList();
    }

    /** The chapters of the given plans, in order. */
    public List<ChapterView> chapters(List<String> planIds) {
        return reader.read(CypherStatement.CHAPTERS_OF_PLANS, Params.of("planIds", planIds)).stream()
                .map(row -> Rows.chapter(row.get("chapter"))).toList();
    }

    /** Chapters by key, in no particular order. */
    public List<ChapterView> chaptersByKey(List<String> keys) {
        return reader.read(CypherStatement.CHAPTERS_BY_KEY, Params.of("keys", keys)).stream()
                .map(row -> Rows.chapter(row.get("chapter"))).toList();
    }

    /** The sections of the given chapters, in order. */
    public List<SectionView> sections(List<String> chapterKeys) {
        return reader.read(CypherStatement.SECTIONS_OF_CHAPTERS, Params.of("chapterKeys", chapterKeys)).stream()
                .map(row -> Rows.section(row.get("section"))).toList();
    }

    /** The diagnostics of one plan, in line order. */
    public List<DiagnosticView> diagnostics(String planId) {
        return reader.read(CypherStatement.DIAGNOSTICS_OF_PLAN, Params.of("planId", planId)).stream()
                .map(row -> new DiagnosticView(row.get("code").asString(), row.get("line").asInt(),
                        row.get("message").asString()))
                .toList();
    }
}
