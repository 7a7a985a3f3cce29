package io.dutygraph.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.dutygraph.plan.DiagnosticCode;
import io.dutygraph.plan.LeaderSource;
import io.dutygraph.plan.ParsedPlan;
import io.dutygraph.plan.ParsedTask;
import io.dutygraph.plan.Role;
import io.dutygraph.plan.reading.PlanParser;
import io.dutygraph.plan.reading.PlanText;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The benchmark's synthetic plans read as real ones: same format, same quirks, no unknown units. */
class SyntheticPlanWriterTests {

    @Test
    void generatedPlansParseWithTheRealPlansShape() {
        SyntheticCorpus corpus = SyntheticCorpus.generate("test", 3, 2, 120, 8.3);
        int assignments = 0;
        for (SyntheticCorpus.SyntheticPlan synthetic : corpus.plans()) {
            ParsedPlan plan = new PlanParser(synthetic.directory())
                    .parse(PlanText.decode(synthetic.source(), synthetic.text().getBytes(StandardCharsets.UTF_8)));

            assertThat(plan.tasks()).hasSize(120);
            assertThat(plan.tasks()).extracting(ParsedTask::number).containsExactlyElementsOf(
                    java.util.stream.IntStream.rangeClosed(1, 120).boxed().toList());
            assertThat(plan.plan().declaredTaskCount()).isEqualTo(120);
            assertThat(plan.chapters()).hasSize(10);
            assertThat(plan.diagnostics()).extracting(d -> d.code())
                    .doesNotContain(DiagnosticCode.UNKNOWN_UNIT, DiagnosticCode.TASK_COUNT_MISMATCH,
                            DiagnosticCode.CHAPTER_TITLE_MISSING);
            Set<LeaderSource> sources = plan.tasks().stream().map(ParsedTask::leaderSource)
                    .collect(Collectors.toCollection(() -> EnumSet.noneOf(LeaderSource.class)));
            assertThat(sources).containsExactlyInAnyOrder(LeaderSource.values());
            assertThat(plan.tasks()).allSatisfy(task -> assertThat(task.leadUnits()).isNotEmpty());
            assertThat(plan.tasks().stream().flatMap(t -> t.units().stream()).map(u -> u.role()))
                    .contains(Role.LEAD, Role.SUPPORT, Role.DATA_PROVIDER);
            assertThat(plan.units().size()).isBetween(40, 90);
            assignments += plan.assignmentCount();
        }
        assertThat(assignments / (double) (corpus.plans().size() * 120)).isBetween(6.5, 10.0);
    }

    @Test
    void theSameSeedGivesTheSamePlans() {
        assertThat(SyntheticCorpus.generate("a", 2, 2, 50, 4).plans()).extracting(SyntheticCorpus.SyntheticPlan::text)
                .isEqualTo(SyntheticCorpus.generate("b", 2, 2, 50, 4).plans().stream()
                        .map(SyntheticCorpus.SyntheticPlan::text).toList());
    }
}
