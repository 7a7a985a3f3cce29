package io.dutygraph.plan.reading;

import static io.dutygraph.plan.reading.TestPlans.realPlan;
import static io.dutygraph.plan.reading.TestPlans.task;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.dutygraph.plan.Chapter;
import io.dutygraph.plan.Diagnostic;
import io.dutygraph.plan.DiagnosticCode;
import io.dutygraph.plan.LeaderSource;
import io.dutygraph.plan.ParsedPlan;
import io.dutygraph.plan.ParsedTask;
import io.dutygraph.plan.PlanMetadata;
import io.dutygraph.plan.PlanParseException;
import io.dutygraph.plan.Role;
import io.dutygraph.plan.Section;
import io.dutygraph.plan.Unit;
import io.dutygraph.plan.UnitAssignment;
import io.dutygraph.plan.UnitKind;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Golden tests on the real plan. Expected values come from reading {@code plans/wujiang-2024.txt} (line numbers
 * are the file's), and the row-by-row table {@code plans/wujiang-2024-expected.tsv} was written from a separate,
 * line-based reading that shares nothing with the parser's cell tokenizer.
 */
class PlanParserTests {

    @Test
    void readsMetadataBeforeTheTable() {
        PlanMetadata info = realPlan().plan();

        assertThat(info.title()).isEqualTo("区政府2024年重点工作目标任务分解落实方案");
        assertThat(info.issuer()).isEqualTo("苏州市吴江区人民政府");
        assertThat(info.date()).isEqualTo(LocalDate.of(2024, 1, 25));
        assertThat(info.approvedBy()).isEqualTo("区政府第76次常务会议");
        assertThat(info.declaredTaskCount()).isEqualTo(118);
        assertThat(info.source()).isEqualTo("wujiang-2024.txt");
        assertThat(info.id()).isEqualTo("wujiang-2024");
        assertThat(info.footnote()).startsWith("注:责任单位中,带“★”者为牵头单位").endsWith("主要负责提供数据");
    }

    @Test
    void readsTasksOneTo118InOrderWithTheirSourceLines() {
        List<ParsedTask> tasks = realPlan().tasks();

        assertThat(tasks).extracting(ParsedTask::number)
                .containsExactlyElementsOf(IntStream.rangeClosed(1, 118).boxed().toList());
        assertThat(task(realPlan(), 1).line()).isEqualTo(25);
        assertThat(task(realPlan(), 118).line()).isEqualTo(887);
    }

    @Test
    void keepsTaskTextExactlyAsWrittenWithoutTheNumberPrefix() {
        List<String> lines = TestPlans.realPlanLines();

        assertThat(task(realPlan(), 1).text()).isEqualTo("地区生产总值增长5%以上。");
        assertThat(task(realPlan(), 7).text())
                .isEqualTo("实现高新技术产业产值占规上工业产值比重达54%,全社会研发投入占地区生产总值比重达4.15%");
        assertThat(realPlan().tasks()).allSatisfy(task ->
                assertThat(task.number() + "." + task.text()).isEqualTo(lines.get(task.line() - 1)));
    }

    @Test
    void readsTenChaptersWithTheMissingHeadingOfChapterTwoLeftUnknown() {
        List<Chapter> chapters = realPlan().chapters();

        assertThat(chapters).extracting(Chapter::numeral)
                .containsExactly("一", "二", "三", "四", "五", "六", "七", "八", "九", "十");
        assertThat(chapters).extracting(Chapter::ordinal).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
        assertThat(chapters.get(0)).isEqualTo(new Chapter("一", 1, "2024年全区经济社会发展主要预期目标", 18));
        assertThat(chapters.get(1).title()).isNull();
        assertThat(chapters.get(1).line()).isEqualTo(95);
        assertThat(chapters.get(2).title()).isEqualTo("强化科技创新引领,培育新动能抢占战略制高点");
        assertThat(chapters.get(9).title()).isEqualTo("持续加强政府自身建设,不断改进工作作风,着力提升履职能力,努力建设法治高效廉洁政府");
        assertThat(chapters).filteredOn(c -> c.ordinal() != 2).allSatisfy(c -> assertThat(c.title()).isNotBlank());
        assertThat(tasksWhere(t -> t.chapter().equals("二"))).isEqualTo(range(12, 31));
    }

    @Test
    void rejoinsSectionNamesSplitOverLaterRows() {
        assertThat(tasksWhere(t -> "壮大新兴产业".equals(t.section()))).isEqualTo(range(43, 45));
        assertThat(tasksWhere(t -> "保护用好文化资源".equals(t.section()))).isEqualTo(range(60, 62));
        assertThat(realPlan().sections()).extracting(Section::name)
                .contains("壮大新兴产业", "保护用好文化资源")
                .doesNotContain("壮大新", "兴产业", "保护用好文化", "资源");
    }

    @Test
    void readsTheSectionWithAnEmptyNumberCellAsUnnumbered() {
        assertThat(tasksWhere(t -> "繁荣文化事业和产业".equals(t.section()))).isEqualTo(range(63, 68));
        assertThat(task(realPlan(), 63).sectionNumber()).isNull();
        assertThat(task(realPlan(), 63).sectionPosition()).isEqualTo(2);
        assertThat(task(realPlan(), 69).sectionNumber()).isEqualTo(3);
        assertThat(realPlan().sections()).filteredOn(s -> s.number() == null).extracting(Section::name)
                .containsExactly("繁荣文化事业和产业");
    }

    @Test
    void readsTwentyNineSections() {
        assertThat(realPlan().sections()).hasSize(29);
        assertThat(realPlan().sections()).extracting(Section::name).doesNotContainNull().doesNotHaveDuplicates();
    }

    @Nested
    class Leaders {

        @Test
        void readsPaddedNamesInTheTasksOwnCellWithoutSpaces() {
            assertThat(task(realPlan(), 1).leaders()).containsExactly("钱宇");
            assertThat(task(realPlan(), 1).leaderSource()).isEqualTo(LeaderSource.OWN);
            assertThat(task(realPlan(), 1).leaderLine()).isEqualTo(27);
            assertThat(task(realPlan(), 10).leaders()).containsExactly("王嵘", "方勇");
            assertThat(task(realPlan(), 10).leaderSource()).isEqualTo(LeaderSource.OWN);
            assertThat(task(realPlan(), 56).leaders()).containsExactly("王嵘", "沈伟江", "孙俊良", "方勇");
            assertThat(realPlan().tasks()).flatExtracting(ParsedTask::leaders)
                    .allSatisfy(name -> assertThat(name).doesNotContainAnyWhitespaces());
        }

        @Test
        void inheritsTheLeaderCellMergedDownFromARowAbove() {
            assertThat(task(realPlan(), 2).leaders()).containsExactly("钱宇");
            assertThat(task(realPlan(), 2).leaderSource()).isEqualTo(LeaderSource.INHERITED);
            assertThat(task(realPlan(), 2).leaderLine()).isEqualTo(27);
            assertThat(range(20, 23)).allSatisfy(n -> {
                assertThat(task(realPlan(), n).leaders()).containsExactly("钱宇");
                assertThat(task(realPlan(), n).leaderSource()).isEqualTo(LeaderSource.INHERITED);
                assertThat(task(realPlan(), n).leaderLine()).isEqualTo(154);
            });
        }

        @Test
        void inheritsLeadersAcrossSectionBoundary() {
            assertThat(List.of(task(realPlan(), 24), task(realPlan(), 63), task(realPlan(), 75)))
                    .extracting(ParsedTask::number, ParsedTask::section, ParsedTask::leaders, ParsedTask::leaderSource,
                            ParsedTask::leaderLine)
                    .containsExactly(
                            tuple(24, "推进协同开放增效", List.of("钱宇"), LeaderSource.INHERITED, 154),
                            tuple(63, "繁荣文化事业和产业", List.of("孙俊良"), LeaderSource.INHERITED, 471),
                            tuple(75, "持续改善生态环境质量", List.of("王嵘", "方勇"), LeaderSource.INHERITED, 546));
        }

        @Test
        void readsAnExplicitlyEmptyLeaderCellAsNoLeader() {
            assertThat(task(realPlan(), 3).leaders()).isEmpty();
            assertThat(task(realPlan(), 3).leaderLine()).isEqualTo(38);
            assertThat(tasksWhere(t -> t.leaderSource() == LeaderSource.NONE))
                    .containsExactly(3, 5, 7, 9, 18, 32, 33, 34, 35, 36, 40, 41, 42, 46, 71, 82, 87, 88, 89, 98);
            assertThat(realPlan().tasks()).filteredOn(t -> t.leaderSource() == LeaderSource.NONE)
                    .allSatisfy(t -> assertThat(t.leaders()).isEmpty());
        }

        @Test
        void readsExactlyTheRowsWithoutLeaderCellAsInherited() {
            assertThat(tasksWhere(t -> t.leaderSource() == LeaderSource.INHERITED)).containsExactly(
                    2, 20, 21, 22, 23, 24, 26, 27, 30, 44, 48, 50, 51, 52, 59, 61, 63, 64, 65, 68,
                    73, 74, 75, 76, 77, 78, 79, 91, 92, 96, 102, 109, 110, 111, 118);
            assertThat(realPlan().tasks()).filteredOn(t -> t.leaderSource() != LeaderSource.NONE)
                    .allSatisfy(t -> assertThat(t.leaders()).isNotEmpty());
        }
    }

    @Nested
    class Units {

        @Test
        void readsParallelLeadUnits() {
            assertThat(task(realPlan(), 107).leadUnits()).containsExactly("区住建局", "区水务局", "区应急管理局", "气象局");
            assertThat(task(realPlan(), 107).leaders()).containsExactly("王嵘", "钱宇", "沈伟江", "孙俊良", "方勇");
            assertThat(task(realPlan(), 36).leadUnits()).containsExactly("区科技局", "区工信局");
            assertThat(task(realPlan(), 1).leadUnits()).containsExactly("区发改委");
        }

        @Test
        void givesTheFootnotesDataProvidersTheirRoleUnlessMarkedLead() {
            assertThat(task(realPlan(), 1).units()).containsExactly(
                    new UnitAssignment("区发改委", "区发改委", true, Role.LEAD, null),
                    new UnitAssignment("统计局", "区统计局", false, Role.DATA_PROVIDER, null));
            assertThat(task(realPlan(), 6).units()).containsExactly(
                    new UnitAssignment("区商务局", "区商务局", true, Role.LEAD, null),
                    new UnitAssignment("吴江海关", "吴江海关", false, Role.DATA_PROVIDER, null));
            assertThat(task(realPlan(), 2).units()).extracting(UnitAssignment::unit, UnitAssignment::role)
                    .containsExactly(tuple("区财政局", Role.LEAD), tuple("税务局", Role.SUPPORT));
            assertThat(realPlan().tasks()).flatExtracting(ParsedTask::units)
                    .filteredOn(a -> a.role() == Role.DATA_PROVIDER)
                    .extracting(UnitAssignment::unit).containsOnly("区统计局", "吴江海关");
        }

        @Test
        void resolvesAliasesToOneUnit() {
            assertThat(tasksWhere(t -> t.units().stream().anyMatch(a -> a.unit().equals("区工信局")))).containsExactly(
                    3, 5, 9, 18, 24, 32, 33, 35, 36, 38, 40, 41, 42, 43, 44, 45, 47, 48, 72, 73, 76, 80, 81, 82, 115);
            assertThat(task(realPlan(), 13).units()).extracting(UnitAssignment::asWritten, UnitAssignment::unit)
                    .containsExactly(tuple("区商务局", "区商务局"), tuple("发改委", "区发改委"), tuple("科技局", "区科技局"));
            assertThat(realPlan().units()).extracting(Unit::name)
                    .doesNotContain("工信局", "发改委", "统计局", "住建局")
                    .doesNotHaveDuplicates();
        }

        @Test
        void readsTheCapacityInParenthesesApartFromTheUnit() {
            assertThat(task(realPlan(), 20).units()).contains(
                    new UnitAssignment("区委组织部(人才办)", "区委组织部", false, Role.SUPPORT, "人才办"));
            assertThat(task(realPlan(), 37).units()).first().isEqualTo(
                    new UnitAssignment("区委组织部(人才办)", "区委组织部", true, Role.LEAD, "人才办"));
            assertThat(task(realPlan(), 39).units()).last().isEqualTo(
                    new UnitAssignment("区财政局(国资办)", "区财政局", false, Role.SUPPORT, "国资办"));
            assertThat(task(realPlan(), 69).units()).first().extracting(UnitAssignment::unit, UnitAssignment::capacity)
                    .containsExactly("区委宣传部", "文明办");
        }

        @Test
        void keepsTheCollectiveOfAllTownsAsOneUnitWithItsMembers() {
            assertThat(tasksWhere(t -> t.units().stream().anyMatch(a -> a.unit().equals("各区镇"))))
                    .containsExactly(22, 26, 94, 95);
            Unit collective = realPlan().units().stream().filter(u -> u.name().equals("各区镇")).findFirst().orElseThrow();
            assertThat(collective.kind()).isEqualTo(UnitKind.COLLECTIVE);
            assertThat(collective.members()).containsExactlyInAnyOrder(
                    "吴江开发区", "汾湖高新区", "吴江高新区", "东太湖度假区", "七都镇", "震泽镇", "平望镇", "同里镇", "桃源镇");
            assertThat(realPlan().units()).extracting(Unit::name).containsAll(collective.members());
        }

        @Test
        void marksEveryTaskWithAtLeastOneLeadUnit() {
            assertThat(realPlan().tasks()).allSatisfy(t -> assertThat(t.leadUnits()).isNotEmpty());
        }
    }

    /** Copies of plans use full-width punctuation; only the cells' content is changed, not the {@code |} lines. */
    @Test
    void readsTheSameStructureFromAFullWidthPunctuationCopy() {
        String fullWidth = TestPlans.realPlanLines().stream()
                .map(line -> line.chars().allMatch(c -> c == '|') ? line : toFullWidth(line))
                .collect(Collectors.joining("\n"));

        ParsedPlan variant = TestPlans.parse(TestPlans.REAL_PLAN, fullWidth);

        assertThat(fullWidth).contains("钱　宇", "（共118项）", "1．地区生产总值", "区委组织部（人才办）", "注：");
        assertThat(TestPlans.structure(variant, false))
                .containsExactlyElementsOf(TestPlans.structure(realPlan(), false));
        assertThat(task(variant, 1).text()).isEqualTo("地区生产总值增长5%以上。");
        assertThat(task(variant, 7).text()).contains("54%，全社会", "4．15%");
        assertThat(variant.plan().declaredTaskCount()).isEqualTo(118);
        assertThat(variant.plan().approvedBy()).isEqualTo("区政府第76次常务会议");
        assertThat(task(variant, 20).units()).filteredOn(unit -> unit.unit().equals("区委组织部")).singleElement()
                .satisfies(unit -> {
                    assertThat(unit.asWritten()).isEqualTo("区委组织部（人才办）");
                    assertThat(unit.capacity()).isEqualTo("人才办");
                });
    }

    private static String toFullWidth(String line) {
        return line.replace(',', '，').replace('(', '（').replace(')', '）').replace(':', '：').replace('.', '．')
                .replace(' ', '　');
    }

    @Nested
    class BadInput {

        @Test
        void refusesProseThatIsNotAPlan() {
            String prose = "吴江区位于江苏省东南部。\n这是一段说明文字,不是任务分解表。\n";

            assertThatExceptionOfType(PlanParseException.class).isThrownBy(() -> TestPlans.parse("prose.txt", prose))
                    .satisfies(e -> {
                        assertThat(e.file()).isEqualTo("prose.txt");
                        assertThat(e.line()).isEqualTo(1);
                        assertThat(e.reason()).contains("no task table found");
                    });
        }

        @Test
        void refusesThePlanTruncatedMidTable() {
            String truncated = String.join("\n", TestPlans.realPlanLines().subList(0, 400));

            assertThatExceptionOfType(PlanParseException.class).isThrownBy(() -> TestPlans.parse("cut.txt", truncated))
                    .satisfies(e -> {
                        assertThat(e.file()).isEqualTo("cut.txt");
                        assertThat(e.line()).isEqualTo(400);
                        assertThat(e.reason()).contains("truncated");
                    });
        }

        @Test
        void refusesAHeaderWithoutRows() {
            String plan = String.join("\n", TestPlans.realPlanLines().subList(0, 17)) + "\n注:无\n";

            assertThatExceptionOfType(PlanParseException.class).isThrownBy(() -> TestPlans.parse("header.txt", plan))
                    .satisfies(e -> assertThat(e.line()).isEqualTo(8));
        }

        @Test
        void refusesATableWithoutNumberedTasks() {
            String plan = String.join("\n", TestPlans.realPlanLines().subList(0, 24)) + "\n注:无\n";

            assertThatExceptionOfType(PlanParseException.class).isThrownBy(() -> TestPlans.parse("notasks.txt", plan))
                    .satisfies(e -> {
                        assertThat(e.line()).isPositive();
                        assertThat(e.reason()).contains("no numbered task");
                    });
        }

        @Test
        void refusesATaskWhoseUnitsCellIsCutOff() {
            String plan = String.join("\n", TestPlans.realPlanLines().subList(0, 28)) + "\n";

            // Without a footnote the file is reported as truncated at its last line.
            assertThatExceptionOfType(PlanParseException.class).isThrownBy(() -> TestPlans.parse("cut.txt", plan))
                    .satisfies(e -> assertThat(e.line()).isEqualTo(28));
        }
    }

    /** Malformed tables that still look like plans: read with diagnostics or refused, never a crash. */
    @Nested
    class MalformedTable {

        private final String fixture = new String(TestPlans.resource("plans/minimal.txt"), StandardCharsets.UTF_8);

        @Test
        void refusesASectionNumberTooLargeForAnInt() {
            String plan = fixture.replace("\n1\n|\n测试节", "\n99999999999\n|\n测试节");

            assertThatExceptionOfType(PlanParseException.class).isThrownBy(() -> TestPlans.parse("big.txt", plan))
                    .satisfies(e -> {
                        assertThat(e.line()).isEqualTo(19);
                        assertThat(e.reason()).contains("section number 99999999999");
                    });
        }

        @Test
        void readsADeclaredCountTooLargeForAnInt() {
            String plan = fixture.replace("(共3项)", "(共99999999999项)");

            ParsedPlan parsed = TestPlans.parse("big.txt", plan);

            assertThat(parsed.plan().declaredTaskCount()).isNull();
            assertThat(parsed.diagnostics()).extracting(Diagnostic::code, Diagnostic::line)
                    .contains(tuple(DiagnosticCode.METADATA_MISSING, 5));
        }

        @Test
        void refusesATaskNumberTooLargeForAnInt() {
            String plan = fixture.replace("3.任务三", "99999999999.任务三");

            assertThatExceptionOfType(PlanParseException.class).isThrownBy(() -> TestPlans.parse("big.txt", plan))
                    .satisfies(e -> assertThat(e.line()).isEqualTo(35));
        }

        @Test
        void reportsAHugeGapInTaskNumbersWithoutEnumeratingIt() {
            String plan = fixture.replace("3.任务三", "2000000000.任务三");

            ParsedPlan parsed = assertTimeoutPreemptively(java.time.Duration.ofSeconds(5),
                    () -> TestPlans.parse("gap.txt", plan));

            assertThat(parsed.diagnostics()).singleElement().satisfies(d -> {
                assertThat(d.code()).isEqualTo(DiagnosticCode.TASK_NUMBER_MISSING);
                assertThat(d.line()).isEqualTo(35);
                assertThat(d.message()).contains("3–1999999999");
            });
        }

        @Test
        void readsATaskCellWhoseNumberIsSplitFromItsText() {
            // The 序号 cell's closing | is lost: the section number and its name run into the next cell.
            String plan = fixture.replace("\n1\n|\n测试节\n|\n1.任务一", "\n1\n1.任务一");

            ParsedPlan parsed = TestPlans.parse("split.txt", plan);

            // "1" and "1.任务一" are not fused into a task 11; the cell is not a task, as its first line says.
            assertThat(parsed.tasks()).extracting(ParsedTask::number).containsExactly(2, 3);
        }
    }

    /** All 118 rows against the independently written table. */
    @Test
    void matchesTheIndependentlyReadTableRowByRow() {
        List<String> expected = new String(TestPlans.resource("plans/wujiang-2024-expected.tsv"), StandardCharsets.UTF_8)
                .lines().filter(line -> !line.startsWith("#") && !line.isBlank()).toList();
        List<String> actual = realPlan().tasks().stream().map(PlanParserTests::asExpectedRow).toList();

        assertThat(expected).hasSize(118);
        assertThat(actual).containsExactlyElementsOf(expected);
    }

    private static String asExpectedRow(ParsedTask task) {
        String units = task.units().stream().map(a -> (a.lead() ? "★" : "") + a.unit()).collect(Collectors.joining(" "));
        return String.join("\t", String.valueOf(task.number()), String.valueOf(task.line()), task.chapter(),
                task.sectionNumber() == null ? "" : String.valueOf(task.sectionNumber()), task.section(),
                String.join(" ", task.leaders()), task.leaderSource().name(), units);
    }

    private static List<Integer> tasksWhere(java.util.function.Predicate<ParsedTask> condition) {
        return realPlan().tasks().stream().filter(condition).map(ParsedTask::number).toList();
    }

    private static List<Integer> range(int first, int last) {
        List<Integer> numbers = new ArrayList<>();
        for (int n = first; n <= last; n++) {
            numbers.add(n);
        }
        return numbers;
    }
}
