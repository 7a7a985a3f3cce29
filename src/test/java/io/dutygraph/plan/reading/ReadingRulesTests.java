package io.dutygraph.plan.reading;

import static org.assertj.core.api.Assertions.assertThat;

import io.dutygraph.plan.Diagnostic;
import io.dutygraph.plan.DiagnosticCode;
import io.dutygraph.plan.Role;
import io.dutygraph.plan.SourceLocation;
import io.dutygraph.plan.UnitAssignment;
import io.dutygraph.plan.reading.PlanRecord.Heading;
import io.dutygraph.plan.reading.UnitListReader.Piece;
import io.dutygraph.plan.units.UnitDirectory;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The shared rules every layout's cells go through: official names, unit lists, headings, header words. */
class ReadingRulesTests {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            钱 宇、王 嵘                 | 钱宇,王嵘
            陆 明俞 悦                   | 陆明,俞悦
            李丹常委、常务副区长         | 李丹
            金力。                       | 金力
            沈伟江,孙俊良               | 沈伟江,孙俊良
            """)
    void officialNamesLoseTheirPaddingAndTitles(String cell, String names) {
        assertThat(OfficialNames.split(cell)).containsExactly(names.split(","));
    }

    @Test
    void aCellOfTitlesOnlyIsToldApart() {
        assertThat(OfficialNames.namesOnlyTitles("常务副区长")).isTrue();
        assertThat(OfficialNames.namesOnlyTitles("李丹常委")).isFalse();
        assertThat(OfficialNames.namesOnlyTitles("")).isFalse();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            市税务局、滁州海关等,各县、市、区政府。            | 市税务局;滁州海关;各县、市、区政府
            区政府各部门,各乡镇人民政府、街道办事处,魏武国控集团。 | 区政府各部门;各乡镇人民政府、街道办事处;魏武国控集团
            区疫情防控指挥部成员单位、各街办(新区)             | 区疫情防控指挥部成员单位;各街办(新区)
            ★区发改委、统计局                                   | 区发改委;统计局
            """)
    void unitListsKeepCollectivesWhole(String cell, String units) {
        assertThat(UnitListReader.pieces(cell)).extracting(Piece::asWritten).containsExactly(units.split(";"));
    }

    @Test
    void marksAndRoleWordsSayWhoLeads() {
        assertThat(UnitListReader.pieces("区政府办公室*、区财政局")).extracting(Piece::marked).containsExactly(true, false);
        assertThat(UnitListReader.pieces("★区住建局、区水务局")).extracting(Piece::marked).containsExactly(true, false);
        assertThat(UnitListReader.pieces("省发展改革委牵头,各地、各部门配合。")).extracting(Piece::roleInWords)
                .containsExactly(Role.LEAD, Role.SUPPORT, Role.SUPPORT);
    }

    @Test
    void headingsNameTheirOfficials() {
        SourceLocation here = SourceLocation.line("plan.txt", 3);
        assertThat(Headings.of("二、李丹常委、常务副区长牵头重点工作", here)).get()
                .extracting(Heading::level, Heading::numeral, Heading::leaders)
                .containsExactly(1, "二", List.of("李丹"));
        assertThat(Headings.of("一、主要经济社会发展指标等工作目标(牵头领导:成坤、柯相国、王俊)", here)).get()
                .extracting(Heading::title, Heading::leaders)
                .containsExactly("主要经济社会发展指标等工作目标", List.of("成坤", "柯相国", "王俊"));
        assertThat(Headings.of("(一)坚持常态化疫情防控", here)).get().extracting(Heading::level, Heading::title)
                .containsExactly(2, "坚持常态化疫情防控");
        assertThat(Headings.of("1、切实提高政治站位", here)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            牵 头 部 门   | LEAD_UNITS
            协同配合单位  | SUPPORT_UNITS
            分管省领导    | LEADERS
            目  标  任  务 | TASK
            完成时限      | OTHER
            """)
    void headerWordsNameColumnsWhateverTheirSpacing(String word, Column column) {
        assertThat(Column.of(word)).isEqualTo(column);
    }

    @Test
    void withoutADirectoryAPlanTeachesItsOwnSpellings() {
        List<Diagnostic> diagnostics = new ArrayList<>();
        UnitListReader reader = new UnitListReader(UnitDirectory.empty(), Set.of(), diagnostics::add);
        reader.read("区发改局、区财政局", Role.LEAD, null, 3);
        List<UnitAssignment> later = reader.read("发改局、财政", Role.SUPPORT, null, 9);
        assertThat(later).extracting(UnitAssignment::unit).containsExactly("区发改局", "财政");
        assertThat(reader.unitsInPlan()).filteredOn(unit -> unit.name().equals("区发改局")).singleElement()
                .satisfies(unit -> assertThat(unit.aliases()).containsExactly("发改局"));
        assertThat(diagnostics).extracting(Diagnostic::code).containsExactly(DiagnosticCode.UNIT_SPELLINGS_MERGED);
        assertThat(diagnostics.get(0).line()).isEqualTo(9);
    }

    @Test
    void labelledTasksReadOtherNumberingsBracketsAndSpacedLabels() {
        List<String> lines = List.of("一、稳定经济增长",
                "(1)地区生产总值增长6%。【牵头单位:区发改局；责任单位:区统计局、区财政局】",
                "(2)固定资产投资增长8%。",
                "牵 头 责 任 单 位:区发改局。",
                "协 同 责 任 单 位:区住建局。");
        List<Diagnostic> diagnostics = new ArrayList<>();
        List<PlanRecord> bracketed = LabelledTasks.bracketed("plan.txt", lines, diagnostics::add).orElseThrow().records();
        assertThat(bracketed).filteredOn(PlanRecord.Task.class::isInstance).map(PlanRecord.Task.class::cast)
                .singleElement().satisfies(task -> {
                    assertThat(task.number()).isEqualTo(1);
                    assertThat(task.leadUnits()).isEqualTo("区发改局");
                    assertThat(task.supportUnits()).isEqualTo("区统计局、区财政局");
                });
        List<PlanRecord> labelled = LabelledTasks.labelLines("plan.txt", lines.subList(2, 5), diagnostics::add)
                .orElseThrow().records();
        assertThat(labelled).singleElement().isInstanceOfSatisfying(PlanRecord.Task.class, task -> {
            assertThat(task.number()).isEqualTo(2);
            assertThat(task.leadUnits()).isEqualTo("区发改局。");
            assertThat(task.supportUnits()).isEqualTo("区住建局。");
        });
    }

    @Test
    void aPipeRowWrappedOntoTheNextLineStaysOneRow() {
        List<String> lines = List.of("序号 | 任务名称 | 牵头部门 | 配合部门 |",
                "1 | 地区生产总值 | 区发改局 | 区财政局、区住",
                "建局 |",
                "2 | 服务业增加值 | 区发改局 | 区商务局 |");
        Grid grid = TextGrids.pipeRows("plan.txt", lines, 0);
        assertThat(grid.rows()).hasSize(3);
        assertThat(grid.rows().get(1).cells()).extracting(Grid.Cell::text)
                .containsExactly("1", "地区生产总值", "区发改局", "区财政局、区住建局");
        assertThat(grid.rows().get(2).cells()).extracting(Grid.Cell::text).startsWith("2");
    }

    @Test
    void aLabelledTaskStartingWithFullWidthPunctuationKeepsItsTextAsWritten() {
        List<String> lines = List.of("1.（试点）推进改革。[牵头单位:区发改局]", "2.（试点）深化改革。", "牵头责任单位:区财政局。");
        List<Diagnostic> diagnostics = new ArrayList<>();
        assertThat(LabelledTasks.bracketed("plan.txt", lines.subList(0, 1), diagnostics::add).orElseThrow().records())
                .singleElement().isInstanceOfSatisfying(PlanRecord.Task.class,
                        task -> assertThat(task.text()).isEqualTo("（试点）推进改革。"));
        assertThat(LabelledTasks.labelLines("plan.txt", lines.subList(1, 3), diagnostics::add).orElseThrow().records())
                .singleElement().isInstanceOfSatisfying(PlanRecord.Task.class,
                        task -> assertThat(task.text()).isEqualTo("（试点）深化改革。"));
    }
}
