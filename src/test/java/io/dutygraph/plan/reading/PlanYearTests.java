package io.dutygraph.plan.reading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dutygraph.plan.LoadOptions;
import io.dutygraph.plan.ParsedPlan;
import io.dutygraph.plan.units.UnitDirectories;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A plan's title and year as the page states them: a title line after an attachment prefix ({@code 附件1 2019年《…》…})
 * keeps its year, and the title's year is the plan's even where the notice is dated in the year before; a
 * publication time ({@code 发布时间:2020-02-03 17:29}) is the date where no other is stated; a year given on load
 * must be one a plan can be for.
 */
class PlanYearTests {

    private static final String TITLE = "2019年《政府工作报告》目标任务分解表";

    /**
     * The real 杭州上城 excerpt with its attachment list left out, its stray {@code 附件1 |} line written as the
     * attachment's title line, and the notice dated 2018-12-28.
     */
    private static String hangzhouTitledAs(String titleLine) {
        String real = new String(TestPlans.resource("plans/variants/hangzhou-shangcheng-2019-rows.txt"),
                StandardCharsets.UTF_8);
        return real.replace("附件:1. 2019年《政府工作报告》目标任务分解表\n2. 2019年民生实事项目目标任务分解表\n", "")
                .replace("2019年2月15日", "2018年12月28日").replace("附件1 |", titleLine);
    }

    @TestFactory
    Stream<DynamicTest> anAttachmentPrefixIsDroppedAndTheTitlesYearIsThePlansYear() {
        return Stream.of("附件1 " + TITLE, "附件1:" + TITLE, "附件1：" + TITLE, "附件 " + TITLE, "附件:1. " + TITLE,
                "附件1." + TITLE, "附件10 " + TITLE).map(line -> DynamicTest.dynamicTest(line, () -> {
                    ParsedPlan plan = TestPlans.parse("hz-title.txt", hangzhouTitledAs(line));
                    assertThat(plan.plan().title()).isEqualTo(TITLE);
                    assertThat(plan.plan().year()).isEqualTo(2019);
                    assertThat(plan.plan().date()).isEqualTo(LocalDate.of(2018, 12, 28));
                    assertThat(plan.tasks()).hasSize(3);
                }));
    }

    @TestFactory
    Stream<DynamicTest> theTitleParagraphOfATableFileGivesTheYear() {
        PlanTables tables = new PlanTables(List.of("杭州市上城区人民政府办公室", "附件1 " + TITLE),
                List.of(List.of("序号", "任 务 名 称", "指 标 要 求", "牵 头 部 门", "配 合 部 门"),
                        List.of("1", "地区生产总值", "增长5.5%(市下达指标)", "区发改经信局", "区财政局、各街道办事处")));
        return tables.files("hz-title").entrySet().stream().map(file -> DynamicTest.dynamicTest(file.getKey(), () -> {
            ParsedPlan plan = new PlanParser(UnitDirectories.bundled()).parse(PlanSource.of(file.getKey(),
                    file.getValue()), Optional.empty());
            assertThat(plan.plan().title()).isEqualTo(TITLE);
            assertThat(plan.plan().year()).isEqualTo(2019);
        }));
    }

    @Test
    void chuzhousPublicationTimeIsItsDate() {
        ParsedPlan plan = TestPlans.parse("chuzhou-city-2020.txt",
                TestPlans.resource("plans/formats/chuzhou-city-2020.txt"));
        assertThat(plan.plan().date()).isEqualTo(LocalDate.of(2020, 2, 3));
        assertThat(plan.plan().year()).isEqualTo(2020);
        assertThat(plan.diagnostics()).noneMatch(d -> d.message().startsWith("the date "));
    }

    @ParameterizedTest
    @ValueSource(ints = {99999, 0, -2024, 24, 1899, 2100})
    void aYearGivenOnLoadMustBeAPlansYear(int year) {
        assertThatThrownBy(() -> new LoadOptions(null, year)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the year " + year + " is not a plan's year: give a year from 1900 to 2099 (e.g. 2024)");
    }

    @Test
    void theYearsAPlanCanBeForAreAccepted() {
        assertThat(new LoadOptions(null, 1900).year()).isEqualTo(1900);
        assertThat(new LoadOptions("广东省", 2099).year()).isEqualTo(2099);
    }
}
