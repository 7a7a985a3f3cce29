package io.dutygraph.api;

import io.dutygraph.graph.query.ChapterView;
import io.dutygraph.graph.query.DiagnosticView;
import io.dutygraph.graph.query.JurisdictionView;
import io.dutygraph.graph.query.Jurisdictions;
import io.dutygraph.graph.query.PlanQueries;
import io.dutygraph.graph.query.PlanView;
import io.dutygraph.graph.query.SectionView;
import io.dutygraph.graph.query.TaskQueries;
import io.dutygraph.graph.query.TaskView;
import io.dutygraph.graph.query.Window;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import org.dataloader.DataLoader;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** Plans and their structure: chapters, sections, diagnostics. */
@Controller
class PlanController {

    private final PlanQueries plans;
    private final Jurisdictions jurisdictions;
    private final Paging paging;

    PlanController(PlanQueries plans, Jurisdictions jurisdictions, Paging paging) {
        this.plans = plans;
        this.jurisdictions = jurisdictions;
        this.paging = paging;
    }

    @QueryMapping
    List<PlanView> plans(@Argument String jurisdiction) {
        return plans.plans(jurisdiction);
    }

    @QueryMapping
    List<JurisdictionView> jurisdictions() {
        return jurisdictions.all();
    }

    @SchemaMapping(typeName = "Jurisdiction", field = "plans")
    List<PlanView> plansOf(JurisdictionView jurisdiction) {
        return plans.plans(jurisdiction.name());
    }

    @QueryMapping
    List<ChapterView> chapters(@Argument String plan) {
        return plans.chapters(List.of(plans.resolve(plan)));
    }

    @QueryMapping
    List<DiagnosticView> diagnostics(@Argument String plan) {
        return plans.diagnostics(plans.resolve(plan));
    }

    @BatchMapping(typeName = "Plan")
    Map<PlanView, List<ChapterView>> chapters(List<PlanView> planViews) {
        Map<String, List<ChapterView>> byPlan = plans.chapters(planViews.stream().map(PlanView::id).toList()).stream()
                .collect(Collectors.groupingBy(ChapterView::planId));
        return BatchAnswers.each(planViews, plan -> byPlan.getOrDefault(plan.id(), List.of()));
    }

    @BatchMapping(typeName = "Chapter")
    Map<ChapterView, List<SectionView>> sections(List<ChapterView> chapters) {
        Map<String, List<SectionView>> byChapter = plans.sections(chapters.stream().map(ChapterView::key).toList())
                .stream().collect(Collectors.groupingBy(SectionView::chapterKey));
        return BatchAnswers.each(chapters, chapter -> byChapter.getOrDefault(chapter.key(), List.of()));
    }

    @BatchMapping(typeName = "Section")
    Map<SectionView, ChapterView> chapter(List<SectionView> sections) {
        Map<String, ChapterView> byKey = BatchAnswers.index(plans.chaptersByKey(sections.stream()
                .map(SectionView::chapterKey).distinct().toList()), ChapterView::key);
        return BatchAnswers.each(sections, s -> byKey.get(s.chapterKey()));
    }

    @SchemaMapping(typeName = "Section")
    CompletableFuture<Connection<TaskView>> tasks(SectionView section, @Argument Integer first, @Argument String after,
            @Argument Integer last, @Argument String before, DataLoader<SectionView, List<TaskView>> sectionTasks) {
        Window window = paging.window(Cursors.Kind.TASK, first, after, last, before);
        return sectionTasks.load(section)
                .thenApply(list -> Connection.over(list, window, Cursors.Kind.TASK, TaskQueries::byNumber));
    }
}
