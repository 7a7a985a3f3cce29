package io.dutygraph.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.dutygraph.graph.load.PlanLoader;
import io.dutygraph.plan.LoadOptions;
import io.dutygraph.plan.ParsedPlan;
import io.dutygraph.plan.reading.PlanParser;
import io.dutygraph.plan.reading.PlanSource;
import io.dutygraph.plan.reading.TestPlans;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;

/** The audit of a plan in the graph finds what the audit of its document finds (its own context: it loads a plan). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@DirtiesContext
class GraphAuditsTests {

    @Autowired
    PlanParser parser;

    @Autowired
    PlanLoader loader;

    @Autowired
    GraphAudits audits;

    /** 温州's leaders come from the chapter heading (line 13), not from a leader cell merged across sections. */
    @Test
    void leadersOfAChapterHeadingAreNoCellMergedAcrossSections() {
        ParsedPlan plan = parser.parse(PlanSource.of("wenzhou-longwan-2023.txt",
                TestPlans.resource("plans/formats/wenzhou-longwan-2023.txt")), Optional.empty(),
                new LoadOptions("温州市龙湾区", null));
        loader.load(plan);

        AuditReport graph = audits.audit("wenzhou-longwan-2023");

        assertThat(graph.findings()).extracting(Finding::code).doesNotContain("LEADER_MERGED_ACROSS_SECTION");
        assertThat(graph.findings()).extracting(Finding::code, Finding::task, Finding::location)
                .containsExactlyInAnyOrderElementsOf(Audits.of(plan).findings().stream()
                        .map(f -> tuple(f.code(), f.task(), f.location())).toList());
    }
}
