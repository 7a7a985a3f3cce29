package io.dutygraph.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.dutygraph.plan.LeaderSource;
import io.dutygraph.plan.ParsedPlan;
import io.dutygraph.plan.ParsedTask;
import io.dutygraph.plan.reading.TestPlans;
import io.dutygraph.plan.targets.TargetReader;
import io.dutygraph.audit.Finding.Spelling;
import io.dutygraph.plan.UnitAssignment;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import io.dutygraph.plan.reading.PlanParser;
import io.dutygraph.plan.reading.PlanSource;
import io.dutygraph.plan.reading.PlanTables;
import java.util.LinkedHashMap;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

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
    void aUnitWrittenSeveralWaysListsEachSpellingWithEveryTaskAndCellWritingIt() {
        Map<String, Map<String, List<Integer>>> written = new TreeMap<>();
        Map<String, Map<String, List<String>>> cells = new TreeMap<>();
        for (ParsedTask task : plan.tasks()) {
            for (UnitAssignment unit : task.units()) {
                written.computeIfAbsent(unit.unit(), u -> new TreeMap<>())
                        .computeIfAbsent(unit.asWritten(), w -> new ArrayList<>()).add(task.number());
                cells.computeIfAbsent(unit.unit(), u -> new TreeMap<>())
                        .computeIfAbsent(unit.asWritten(), w -> new ArrayList<>()).add(task.unitsLocation().toString());
            }
        }
        written.values().removeIf(spellings -> spellings.size() < 2);
        List<Finding> findings = withCode("UNIT_SEVERAL_SPELLINGS");

        assertThat(findings).extracting(Finding::unit).containsExactlyInAnyOrderElementsOf(written.keySet());
        assertThat(findings).allSatisfy(finding -> {
            assertThat(finding.spellings()).extracting(Spelling::asWritten)
                    .containsExactlyInAnyOrderElementsOf(written.get(finding.unit()).keySet());
            assertThat(finding.spellings()).allSatisfy(spelling -> {
                assertThat(spelling.tasks()).isEqualTo(written.get(finding.unit()).get(spelling.asWritten()).stream()
                        .distinct().toList());
                assertThat(spelling.locations()).isEqualTo(cells.get(finding.unit()).get(spelling.asWritten()));
            });
            assertThat(finding.location()).isEqualTo(finding.spellings().get(0).locations().get(0));
        });
        assertThat(findings).anySatisfy(finding -> assertThat(finding.message())
                .startsWith("区发改委 is written 2 ways: 区发改委 (tasks 1, 4, 8").contains("; 发改委 (tasks "));
    }

    @Test
    void aUnitMissingFromTheUnitDirectoryAndADifferingTaskCountAreFound() {
        AuditReport unknown = Audits.of(TestPlans.fixture("unknown-unit.txt"));
        assertThat(unknown.findings()).filteredOn(finding -> finding.code().equals("UNKNOWN_UNIT")).singleElement()
                .satisfies(finding -> {
                    assertThat(finding.task()).isEqualTo(1);
                    assertThat(finding.severity()).isEqualTo(Severity.WARNING);
                    assertThat(finding.location()).startsWith("unknown-unit.txt:");
                    assertThat(finding.message()).contains("新设局");
                });
        AuditReport mismatch = Audits.of(TestPlans.fixture("count-mismatch.txt"));
        assertThat(mismatch.findings()).filteredOn(finding -> finding.code().equals("TASK_COUNT_DIFFERS")).singleElement()
                .satisfies(finding -> {
                    assertThat(finding.severity()).isEqualTo(Severity.ERROR);
                    assertThat(finding.message()).contains("declares 4 tasks (共4项); 3 read");
                });
    }

    @Test
    void leaderCellsMergedAcrossSectionsAreFoundForEveryTaskInheritingThem() {
        assertThat(withCode("LEADER_MERGED_ACROSS_SECTION")).extracting(Finding::task)
                .containsExactly(24, 63, 64, 65, 75, 76, 77, 78, 79);
    }

    /**
     * Leaders a heading names are inherited from the heading's line, which is above the task's section by nature: no
     * leader cell merged across sections (温州's line 13 was reported as one). The real 温州 and 郧阳 excerpts and
     * the same tables as .xlsx, .docx and .html.
     */
    @TestFactory
    Stream<DynamicTest> leadersAHeadingNamesAreNoCellMergedAcrossSections() {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("wenzhou-longwan-2023.txt", TestPlans.resource("plans/formats/wenzhou-longwan-2023.txt"));
        files.put("shiyan-yunyang-2023-rows.txt", TestPlans.resource("plans/variants/shiyan-yunyang-2023-rows.txt"));
        files.putAll(PlanTables.WENZHOU_2023.files("wenzhou-longwan-2023"));
        files.putAll(PlanTables.YUNYANG_2023.files("shiyan-yunyang-2023-rows"));
        return files.entrySet().stream().map(file -> DynamicTest.dynamicTest(file.getKey(), () -> {
            ParsedPlan headed = new PlanParser(TestPlans.DIRECTORY).parse(PlanSource.of(file.getKey(), file.getValue()),
                    Optional.empty());
            assertThat(headed.tasks()).filteredOn(task -> task.leaderSource() == LeaderSource.INHERITED).isNotEmpty();
            assertThat(Audits.of(headed).findings()).extracting(Finding::code)
                    .doesNotContain("LEADER_MERGED_ACROSS_SECTION");
        }));
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
