package io.dutygraph.plan.reading;

import static org.assertj.core.api.Assertions.assertThat;

import io.dutygraph.plan.Chapter;
import io.dutygraph.plan.DiagnosticCode;
import io.dutygraph.plan.ParsedPlan;
import io.dutygraph.plan.ParsedTask;
import io.dutygraph.plan.Section;
import io.dutygraph.plan.Unit;
import io.dutygraph.plan.UnitAssignment;
import io.dutygraph.plan.targets.TargetReader;
import io.dutygraph.plan.units.UnitDirectories;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Plans as users bring them, beyond the excerpts: the first 14 rows of the bundled plan's table (two chapters, four
 * sections, leader cells merged down, empty and written) saved the ways offices save them — full-width digits and
 * punctuation, header words with notes or over two rows, the table split over two tables or sheets, units and officials written
 * apart in other ways, a notes row, an empty leader cell merged down, a web page laid out in a
 * table … Each fixture under {@code plans/variants/} is a real file; every one must read to the same tasks.
 */
class UserVariantsTests {

    /** The excerpt as read from its plain table: number, chapter/section, leaders and their source, units by role. */
    static final List<String> EXCERPT = List.of(
            "1 一/1 钱宇 OWN | ★区发改委、区统计局(数据)",
            "2 一/1 钱宇 INHERITED | ★区财政局、税务局",
            "3 一/1  NONE | ★区工信局、区统计局(数据)",
            "4 一/1 钱宇 OWN | ★区发改委、区统计局(数据)",
            "5 一/1  NONE | ★区工信局、区统计局(数据)",
            "6 一/1 方勇 OWN | ★区商务局、吴江海关(数据)",
            "7 二/1  NONE | ★区科技局、区工信局",
            "8 二/1  NONE | ★区科技局、区委组织部、区工信局、区商务局",
            "9 二/1  NONE | ★区科技局、区市场监管局、税务局",
            "10 二/2  NONE | ★区工信局",
            "11 二/2  NONE | ★区科技局、★区工信局",
            "12 二/3 李红 OWN | ★区委组织部、★区人社局",
            "13 二/3 钱宇 OWN | ★区发改委、区科技局、区工信局",
            "14 二/3 钱宇 INHERITED | ★区科技局、★区金融监管局、★东方国资、区财政局");

    /** The excerpt where lead and support units stand in columns of their own: a column's role wins over the footnote. */
    static final List<String> EXCERPT_IN_COLUMNS = EXCERPT.stream().map(task -> task.replace("(数据)", "")).toList();

    static ParsedPlan variant(String name) {
        return new PlanParser(UnitDirectories.bundled()).parse(PlanSource.of(name,
                TestPlans.resource("plans/variants/" + name)), Optional.empty());
    }

    static List<String> tasks(ParsedPlan plan) {
        return plan.tasks().stream().map(t -> t.number() + " " + t.chapter() + "/" + t.sectionNumber() + " "
                + String.join("、", t.leaders()) + " " + t.leaderSource() + " | " + t.units().stream()
                        .map(UserVariantsTests::unit).collect(Collectors.joining("、"))).toList();
    }

    private static String unit(UnitAssignment assignment) {
        return switch (assignment.role()) {
            case LEAD -> "★" + assignment.unit();
            case SUPPORT -> assignment.unit();
            case DATA_PROVIDER -> assignment.unit() + "(数据)";
            case UNSTATED -> assignment.unit() + "(?)";
        };
    }

    @Test
    void fullWidthDigitsNumberTasksAndSectionsAndStateTargets() {
        ParsedPlan plan = variant("wujiang-2024-excerpt-fullwidth.docx");

        assertThat(tasks(plan)).containsExactlyElementsOf(EXCERPT);
        assertThat(plan.sections()).extracting(s -> s.number() + " " + s.name()).containsExactly("1 主要预期目标",
                "1 育强科创森林", "2 提升科创能级", "3 优化科创生态");
        ParsedTask first = plan.tasks().get(0);
        assertThat(first.text()).isEqualTo("地区生产总值增长５％以上。");
        assertThat(TargetReader.read(first.text())).singleElement().satisfies(target -> {
            assertThat(target.value()).isEqualByComparingTo("5");
            assertThat(target.text()).isEqualTo("５％以上");
        });
        assertThat(plan.diagnostics()).isEmpty();
    }

    @Test
    void fullWidthTaskNumbersInRunningTextAreTaskNumbers() {
        ParsedPlan plan = variant("huangshi-xialu-2020-fullwidth-digits.txt");

        assertThat(tasks(plan)).containsExactly("1 一/1  NONE | ★区卫健局、区疫情防控指挥部成员单位、各街办",
                "2 一/1  NONE | ★区卫健局、★区创文办、区疫情防控指挥部成员单位、区创文工作领导小组成员单位、各街办");
    }

    @Test
    void headerWordsWithLineBreaksAndANoteInBracketsNameTheirColumns() {
        ParsedPlan plan = variant("wujiang-2024-excerpt-header-notes.docx");

        assertThat(tasks(plan)).containsExactlyElementsOf(EXCERPT);
        assertThat(plan.diagnostics()).isEmpty();
    }

    @Test
    void aHeaderOverTwoRowsNamesTheColumnsUnderItsGroupHeader() {
        ParsedPlan plan = variant("wujiang-2024-excerpt-two-row-header.xlsx");

        assertThat(tasks(plan)).containsExactlyElementsOf(EXCERPT_IN_COLUMNS);
        assertThat(plan.diagnostics()).isEmpty();
    }

    @Test
    void hostAndAssistingUnitColumnsAreLeadAndSupportAndAnUnknownUnitsColumnIsReported() {
        ParsedPlan plan = variant("wujiang-2024-excerpt-host-units.html");

        assertThat(tasks(plan)).containsExactlyElementsOf(EXCERPT_IN_COLUMNS);
        assertThat(plan.units()).extracting(Unit::name).doesNotContain("区政府督查室");
        assertThat(plan.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo(DiagnosticCode.COLUMN_NOT_READ);
            assertThat(d.message()).contains("督办单位", "wujiang-2024-excerpt-host-units.html!table 1, row 1, cell 6");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"wujiang-2024-excerpt-split.docx", "wujiang-2024-excerpt-split.xlsx",
            "wujiang-2024-excerpt-table-per-chapter.docx"})
    void aTableContinuedInALaterTableOrSheetIsReadToItsEnd(String file) {
        ParsedPlan plan = variant(file);

        assertThat(tasks(plan)).containsExactlyElementsOf(EXCERPT);
        assertThat(plan.chapters()).extracting(Chapter::title).containsExactly("2024年全区经济社会发展主要预期目标",
                "强化科技创新引领,培育新动能抢占战略制高点");
        assertThat(plan.diagnostics()).isEmpty();
    }

    @Test
    void unitsAndOfficialsWrittenApartBySpacesSlashesSemicolonsOrWithTheirRoleMarkOrTitleAreReadApart() {
        ParsedPlan plan = variant("wujiang-2024-excerpt-written-apart.xlsx");

        List<String> expected = new java.util.ArrayList<>(EXCERPT);
        expected.set(11, "12 二/3 李红、钱宇 OWN | ★区委组织部、★区人社局");
        expected.set(12, "13 二/3 钱宇、方勇 OWN | ★区发改委、区科技局、区工信局");
        expected.set(13, "14 二/3 钱宇、方勇 INHERITED | ★区科技局、★区金融监管局、★东方国资、区财政局");
        assertThat(tasks(plan)).containsExactlyElementsOf(expected);
        assertThat(plan.units()).extracting(Unit::name).doesNotContain("区发改委统计局", "区工信局/统计局",
                "▲统计局").allMatch(name -> !name.contains(" "));
        assertThat(plan.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo(DiagnosticCode.UNIT_MARK_NOT_READ);
            assertThat(d.line()).isEqualTo(14);
            assertThat(d.message()).contains("▲", "统计局");
        });
    }

    @Test
    void aNotesRowIsTheTablesFootnoteAndAMarkBeforeATaskNumberStaysWithTheText() {
        ParsedPlan plan = variant("wujiang-2024-excerpt-notes-row.docx");

        assertThat(tasks(plan)).containsExactlyElementsOf(EXCERPT);
        assertThat(plan.sections()).extracting(Section::name).containsExactly("主要预期目标", "育强科创森林", "提升科创能级",
                "优化科创生态");
        assertThat(plan.tasks().get(6).text()).startsWith("▲推进创新型企业梯队建设");
        assertThat(plan.diagnostics()).isEmpty();
    }

    @Test
    void anEmptyLeaderCellMergedDownPassesNoOneDown() {
        ParsedPlan plan = variant("wujiang-2024-excerpt-empty-leader-merged.xlsx");

        assertThat(tasks(plan)).containsExactlyElementsOf(EXCERPT);
        assertThat(plan.diagnostics()).isEmpty();
    }

    @Test
    void aPageLaidOutInATableKeepsItsNoticeAsTheDocumentsText() {
        ParsedPlan plan = variant("wujiang-2024-excerpt-in-page-layout.html");

        assertThat(tasks(plan)).containsExactlyElementsOf(EXCERPT);
        assertThat(plan.plan().jurisdiction()).isEqualTo("苏州市吴江区");
        assertThat(plan.plan().year()).isEqualTo(2024);
        assertThat(plan.plan().declaredTaskCount()).isEqualTo(14);
        assertThat(plan.diagnostics()).isEmpty();
    }

    @Test
    void aRowAcrossTheTableNumberedLikeATaskIsASectionAndTasksNumberedInBracketsAreTasks() {
        ParsedPlan plan = variant("wujiang-2024-excerpt-numbered-section-rows.docx");

        assertThat(plan.sections()).extracting(s -> s.number() + " " + s.name()).containsExactly("1 主要预期目标",
                "2 争创更多试点示范");
        assertThat(tasks(plan)).containsExactly("1 一/1 钱宇 OWN | ★区发改委、区统计局(数据)",
                "2 一/1 钱宇 OWN | ★区财政局、税务局", "3 一/2 钱宇 OWN | ★区发改委、区科技局、汾湖高新区");
        assertThat(plan.diagnostics()).isEmpty();
    }

    @Test
    void aContinuationWithoutHeaderThatCannotBeMatchedToTheColumnsIsReportedRowByRow() {
        // The second table lost the empty 备注 column the first one has: its rows have 5 cells under a 6-cell header.
        ParsedPlan plan = variant("wujiang-2024-excerpt-split-narrower.docx");

        assertThat(tasks(plan)).containsExactlyElementsOf(EXCERPT.subList(0, 6));
        assertThat(plan.diagnostics()).filteredOn(d -> d.code() == DiagnosticCode.ROW_CELL_COUNT).hasSize(7)
                .allSatisfy(d -> assertThat(d.message()).contains("wujiang-2024-excerpt-split-narrower.docx!table 2",
                        "has 5 cells, but the header has 6"));
    }
}
