package io.dutygraph.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.dutygraph.plan.LeaderSource;
import io.dutygraph.plan.ParsedPlan;
import io.dutygraph.plan.ParsedTask;
import io.dutygraph.plan.reading.TestPlans;
import io.dutygraph.plan.targets.TargetReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class AuditsTests {

    private final ParsedPlan plan = TestPlans.realPlan();
    private final AuditReport report = Audits.of(plan);

    private List<Finding> withCode(String code) {
        return report.findings().stream().filter(finding -> finding.code().equals(code)).toList();
    }

    @Test
    void everyTaskWithoutLeaderIsFoundWhereItsEmptyCellIs() {
        List<Integer> expected = plan.tasks().stream().filter(task -> task.leaderSource() == LeaderSource.NONE)
                .map(ParsedTask::number).toList();
        assertThat(withCode("TASK_WITHOUT_LEADER")).extracting(Finding::task).containsExactlyElementsOf(expected);
        assertThat(withCode("TASK_WITHOUT_LEADER")).first().satisfies(finding -> {
            assertThat(finding.task()).isEqualTo(3);
            assertThat(finding.location()).isEqualTo("wujiang-2024.txt:" + TestPlans.task(plan, 3).leaderLine());
            assertThat(finding.severity()).isEqualTo(Severity.WARNING);
        });
    }

    @Test
    void everyTargetOfATaskWithoutLeaderIsFound() {
        int expected = plan.tasks().stream().filter(task -> task.leaderSource() == LeaderSource.NONE)
                .mapToInt(task -> TargetReader.read(task.text()).size()).sum();
        assertThat(withCode("TARGET_WITHOUT_LEADER")).hasSize(expected);
        assertThat(report.targetCount()).isEqualTo(plan.tasks().stream()
                .mapToInt(task -> TargetReader.read(task.text()).size()).sum());
    }

    @Test
    void everyParserDiagnosticIsAFinding() {
        assertThat(report.findings().stream().filter(finding -> finding.origin() == Origin.PARSER))
                .extracting(Finding::code)
                .containsExactlyInAnyOrderElementsOf(plan.diagnostics().stream().map(d -> d.code().name()).toList());
    }

    @Test
    void declaredAndReadTaskCountsAgree() {
        assertThat(withCode("TASK_COUNT_MATCHES")).singleElement()
                .satisfies(finding -> assertThat(finding.message()).contains("118 tasks (共118项); 118 read"));
    }

    @Test
    void aUnitWrittenSeveralWaysListsEachSpellingAndWhere() {
        assertThat(withCode("UNIT_SEVERAL_SPELLINGS")).anySatisfy(finding -> assertThat(finding.message())
                .startsWith("区发改委 is written 2 ways: 区发改委 (wujiang-2024.txt:29").contains("; 发改委 (wujiang-2024.txt:"));
    }

    @Test
    void leaderCellsMergedAcrossSectionsAreFoundForEveryTaskInheritingThem() {
        assertThat(withCode("LEADER_MERGED_ACROSS_SECTION")).extracting(Finding::task)
                .containsExactly(24, 63, 64, 65, 75, 76, 77, 78, 79);
    }

    @Test
    void aTaskNamingOnlyCollectivesAndNoLeadUnitIsFound() {
        ParsedPlan odd = TestPlans.parse("odd.txt", new String(TestPlans.realPlanBytes(),
                java.nio.charset.StandardCharsets.UTF_8).replace("\n★区商务局、各区镇\n", "\n各区镇\n"));
        AuditReport oddReport = Audits.of(odd);
        assertThat(oddReport.findings()).filteredOn(finding -> finding.origin() == Origin.AUDIT)
                .extracting(Finding::code).contains("TASK_WITHOUT_LEAD_UNIT", "TASK_ONLY_COLLECTIVE_UNITS", "TARGET_WITHOUT_LEAD_UNIT");
    }
}
