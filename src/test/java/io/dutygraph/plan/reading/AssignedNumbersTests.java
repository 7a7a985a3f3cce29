package io.dutygraph.plan.reading;

import static org.assertj.core.api.Assertions.assertThat;

import io.dutygraph.plan.DiagnosticCode;
import io.dutygraph.plan.ParsedPlan;
import io.dutygraph.plan.ParsedTask;
import io.dutygraph.plan.units.UnitDirectories;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Tasks written without a number (a table without its 序号 column) are numbered by their position, and the plan
 * says so in a diagnostic naming the file and the lines: the numbers are DutyGraph's, not the document's.
 */
class AssignedNumbersTests {

    @Test
    void aPipeTableWithoutItsNumberColumnIsNumberedByPositionAndSaysSo() {
        ParsedPlan plan = TestPlans.parse("hz-no-number.txt",
                TestPlans.resource("plans/variants/hangzhou-shangcheng-2019-no-number-column.txt"));

        assertThat(plan.tasks()).extracting(ParsedTask::number).containsExactly(1, 2, 3);
        assertThat(plan.diagnostics()).filteredOn(d -> d.code() == DiagnosticCode.TASK_NUMBER_ASSIGNED).singleElement()
                .satisfies(d -> {
                    assertThat(d.line()).isEqualTo(11);
                    assertThat(d.message()).contains("tasks 1–3", "hz-no-number.txt:11", "hz-no-number.txt:13",
                            "no number", "by their position");
                });
    }

    @TestFactory
    Stream<DynamicTest> aTableFileWithoutItsNumberColumnSaysSoToo() {
        PlanTables tables = new PlanTables(List.of("杭州市上城区人民政府办公室", "附件1 2019年《政府工作报告》目标任务分解表"),
                List.of(List.of("任 务 名 称", "指 标 要 求", "牵 头 部 门", "配 合 部 门"),
                        List.of("地区生产总值", "增长5.5%(市下达指标)", "区发改经信局", "区财政局、各街道办事处"),
                        List.of("服务业增加值", "增长6%", "区发改经信局", "区财政局、区统计局")));
        Map<String, String> firstCell = Map.of("hz.xlsx", "hz.xlsx!Sheet1!A4", "hz.docx", "hz.docx!table 1, row 2, cell 1",
                "hz.html", "hz.html!table 1, row 2, cell 1");
        return tables.files("hz").entrySet().stream().map(file -> DynamicTest.dynamicTest(file.getKey(), () -> {
            ParsedPlan plan = new PlanParser(UnitDirectories.bundled()).parse(PlanSource.of(file.getKey(),
                    file.getValue()), Optional.empty());
            assertThat(plan.tasks()).extracting(ParsedTask::number).containsExactly(1, 2);
            assertThat(plan.diagnostics()).filteredOn(d -> d.code() == DiagnosticCode.TASK_NUMBER_ASSIGNED)
                    .singleElement().satisfies(d -> assertThat(d.message()).contains("tasks 1–2",
                            firstCell.get(file.getKey())));
        }));
    }

    @Test
    void numberedTasksNeedNoSuchDiagnostic() {
        ParsedPlan plan = TestPlans.parse("hz.txt", TestPlans.resource("plans/variants/hangzhou-shangcheng-2019-rows.txt"));
        assertThat(plan.diagnostics()).noneMatch(d -> d.code() == DiagnosticCode.TASK_NUMBER_ASSIGNED);
    }
}
