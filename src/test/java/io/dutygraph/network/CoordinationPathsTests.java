package io.dutygraph.network;

import static org.assertj.core.api.Assertions.assertThat;

import io.dutygraph.api.StatementCounter;
import io.dutygraph.graph.load.PlanLoader;
import io.dutygraph.graph.query.PlanQueries;
import io.dutygraph.graph.query.PlanRef;
import io.dutygraph.plan.ParsedPlan;
import io.dutygraph.plan.PlanRevision;
import io.dutygraph.plan.reading.PlanParser;
import io.dutygraph.plan.reading.PlanText;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.core.io.ClassPathResource;

/** A plan's graph of units and tasks is built once per plan version: paths cost no statement until a reload. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@Import(StatementCounter.class)
class CoordinationPathsTests {

    private static final String PLAN = "wujiang-2024";

    @Autowired
    CoordinationPaths paths;

    @Autowired
    PlanQueries plans;

    @Autowired
    PlanLoader loader;

    @Autowired
    PlanParser parser;

    @Autowired
    StatementCounter statements;

    ParsedPlan bundled;

    @AfterEach
    void restoreTheBundledPlan() {
        if (bundled != null) {
            loader.load(bundled);
        }
    }

    @Test
    void aSecondPathOfThePlanReadsNothing() {
        List<Integer> first = via(path("气象局", "团区委"));
        statements.reset();

        assertThat(via(path("气象局", "团区委"))).isEqualTo(first).startsWith(107);
        assertThat(via(path("团区委", "气象局"))).hasSameSizeAs(first);
        assertThat(statements.statementNames()).doesNotContain("ASSIGNMENTS_OF_PLAN");
    }

    @Test
    void aReloadedPlanIsSearchedInItsNewVersion() throws IOException {
        List<Integer> original = via(path("气象局", "团区委"));
        assertThat(original).hasSizeGreaterThan(1).startsWith(107);
        bundled = parser.parse(bundledPlanText());

        loader.load(PlanRevision.of(bundled).remove(original.get(1)).build());

        statements.reset();
        List<Integer> revised = via(path("气象局", "团区委"));
        assertThat(statements.statementNames()).contains("ASSIGNMENTS_OF_PLAN");
        assertThat(revised).startsWith(107).doesNotContain(original.get(1));
    }

    private List<PathStep> path(String from, String to) {
        PlanRef plan = plans.resolve(PLAN, null);
        return paths.path(plan, from, to, 6);
    }

    /** The task numbers a path goes through, in order. */
    private static List<Integer> via(List<PathStep> steps) {
        return steps.stream().filter(step -> step.via() != null).map(step -> step.via().number()).toList();
    }

    private static PlanText bundledPlanText() throws IOException {
        return PlanText.decode("wujiang-2024.txt", new ClassPathResource("plans/wujiang-2024.txt").getContentAsByteArray());
    }
}
