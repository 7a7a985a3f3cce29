package io.dutygraph.plan.reading;

import static org.assertj.core.api.Assertions.assertThat;

import io.dutygraph.plan.DiagnosticCode;
import io.dutygraph.plan.ParsedPlan;
import io.dutygraph.plan.ParsedTask;
import io.dutygraph.plan.units.UnitDirectories;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A document with a second task table of other columns (another attachment, say) reads its first one and says,
 * naming the second, that it was not read: its tasks are never dropped without a word. A table repeating the
 * header continues the first and is read.
 */
class OtherTaskTablesTests {

    private static final String HEADER = "<tr><td>序号</td><td>任务名称</td><td>牵头部门</td><td>配合部门</td></tr>";
    private static final String OTHER_HEADER = "<tr><td>序号</td><td>任务名称</td><td>责任领导</td><td>责任单位</td>"
            + "<td>完成时限</td></tr>";

    @Test
    void aSecondTaskTableOfOtherColumnsIsNamedAsNotRead() {
        String html = "<html><body><p>杭州市上城区人民政府办公室</p><p>附件1 2019年《政府工作报告》目标任务分解表</p>"
                + "<table>" + HEADER
                + "<tr><td>1</td><td>地区生产总值增长5.5%</td><td>区发改经信局</td><td>区财政局</td></tr>"
                + "<tr><td>2</td><td>服务业增加值增长6%</td><td>区发改经信局</td><td>区统计局</td></tr></table>"
                + "<p>附件2 重点项目</p><table>" + OTHER_HEADER
                + "<tr><td>1</td><td>城乡居民收入增长8%</td><td>钱宇</td><td>区人力社保局</td><td>年底</td></tr></table>"
                + "</body></html>";

        ParsedPlan plan = parse("two-tables.html", html);

        assertThat(plan.tasks()).extracting(ParsedTask::number).containsExactly(1, 2);
        assertThat(plan.diagnostics()).filteredOn(d -> d.code() == DiagnosticCode.TABLE_NOT_READ).singleElement()
                .satisfies(d -> assertThat(d.message()).contains("table 2", "two-tables.html", "not read",
                        "table 1"));
    }

    @Test
    void aDocumentWithOneTaskTableHasNoSuchDiagnostic() {
        String html = "<html><body><p>附件1 2019年《政府工作报告》目标任务分解表</p><table>" + HEADER
                + "<tr><td>1</td><td>地区生产总值增长5.5%</td><td>区发改经信局</td><td>区财政局</td></tr></table>"
                + "<table><tr><td>备注</td><td>各街道按月报送</td></tr></table></body></html>";

        ParsedPlan plan = parse("one-table.html", html);

        assertThat(plan.tasks()).extracting(ParsedTask::number).containsExactly(1);
        assertThat(plan.diagnostics()).noneMatch(d -> d.code() == DiagnosticCode.TABLE_NOT_READ);
    }

    @Test
    void aTableRepeatingTheHeaderIsReadAsTheFirstsContinuation() {
        String html = "<html><body><p>杭州市上城区人民政府办公室</p><p>附件1 2019年《政府工作报告》目标任务分解表</p>"
                + "<table>" + HEADER
                + "<tr><td>1</td><td>地区生产总值增长5.5%</td><td>区发改经信局</td><td>区财政局</td></tr></table>"
                + "<table>" + HEADER
                + "<tr><td>2</td><td>城乡居民收入增长8%</td><td>区人力社保局</td><td>区统计局</td></tr></table>"
                + "</body></html>";

        ParsedPlan plan = parse("continued.html", html);

        assertThat(plan.tasks()).extracting(ParsedTask::number).containsExactly(1, 2);
        assertThat(plan.diagnostics()).noneMatch(d -> d.code() == DiagnosticCode.TABLE_NOT_READ);
    }

    private static ParsedPlan parse(String name, String html) {
        return new PlanParser(UnitDirectories.bundled()).parse(PlanSource.of(name,
                html.getBytes(StandardCharsets.UTF_8)), Optional.empty());
    }
}
