package io.dutygraph.graph.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.dutygraph.graph.load.DuplicateTaskNumbersException.Duplicate;
import io.dutygraph.plan.DiagnosticCode;
import io.dutygraph.plan.ParsedPlan;
import io.dutygraph.plan.SourceLocation;
import io.dutygraph.plan.reading.PlanParser;
import io.dutygraph.plan.reading.PlanSource;
import io.dutygraph.plan.reading.TestPlans;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A plan that writes one task number twice (the parser's TASK_NUMBER_DUPLICATE) is refused by the load with a typed
 * error naming the file and where each task of that number is written, and the graph is left exactly as it was;
 * before, Neo4j's unique constraint refused it midway with an internal node id and no file or line.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class DuplicateTaskNumbersTests {

    @Autowired
    PlanLoader loader;

    @Autowired
    PlanParser parser;

    @Autowired
    Driver driver;

    @Test
    void theWujiangTableWithTask2NumberedAs1IsRefusedNamingBothLines() {
        String text = new String(TestPlans.realPlanBytes(), StandardCharsets.UTF_8)
                .replace("\n2.一般公共预算收入", "\n1.一般公共预算收入");
        ParsedPlan plan = parser.parse(PlanSource.of("wujiang-dup.txt", text.getBytes(StandardCharsets.UTF_8)),
                Optional.empty());

        DuplicateTaskNumbersException refused = refusedWithoutAWrite(plan);

        assertThat(refused.duplicates()).containsExactly(new Duplicate(1, List.of(
                SourceLocation.line("wujiang-dup.txt", 25), SourceLocation.line("wujiang-dup.txt", 31))));
        assertThat(refused).hasMessageContaining("wujiang-dup")
                .hasMessageContaining("task number 1 at wujiang-dup.txt:25, wujiang-dup.txt:31")
                .hasMessageNotContaining("Node(");
    }

    @Test
    void theHangzhouPipeTableWithARepeatedNumberIsRefused() {
        String text = new String(TestPlans.resource("plans/variants/hangzhou-shangcheng-2019-rows.txt"),
                StandardCharsets.UTF_8).replace("\n3 | 固定资产投资", "\n2 | 固定资产投资");
        ParsedPlan plan = parser.parse(PlanSource.of("hz-dup.txt", text.getBytes(StandardCharsets.UTF_8)),
                Optional.empty());

        DuplicateTaskNumbersException refused = refusedWithoutAWrite(plan);

        assertThat(refused.file()).isEqualTo("hz-dup.txt");
        assertThat(refused).hasMessageContaining("task number 2 at hz-dup.txt:12, hz-dup.txt:13");
    }

    @Test
    void aWorkbookWithARepeatedNumberIsRefusedNamingTheCells() throws IOException {
        ParsedPlan plan = parser.parse(PlanSource.of("dup.xlsx", workbook()), Optional.empty());

        DuplicateTaskNumbersException refused = refusedWithoutAWrite(plan);

        assertThat(refused).hasMessageContaining("task number 1 at dup.xlsx!Sheet1!B4, dup.xlsx!Sheet1!B5");
    }

    private DuplicateTaskNumbersException refusedWithoutAWrite(ParsedPlan plan) {
        assertThat(plan.diagnostics()).extracting(d -> d.code()).contains(DiagnosticCode.TASK_NUMBER_DUPLICATE);
        List<Long> before = graphCounts();
        DuplicateTaskNumbersException refused = catchThrowableOfType(DuplicateTaskNumbersException.class,
                () -> loader.load(plan));
        assertThat(refused).isInstanceOf(PlanLoadException.class).hasMessageContaining("nothing was changed")
                .hasMessageContaining(plan.plan().source());
        assertThat(graphCounts()).isEqualTo(before);
        return refused;
    }

    /** The 杭州上城 table as a workbook: issuer and title above, rows 1 and 2 both numbered 1. */
    private static byte[] workbook() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Sheet1");
            List<List<String>> rows = List.of(List.of("杭州市上城区人民政府办公室"),
                    List.of("2019年《政府工作报告》目标任务分解表"),
                    List.of("序号", "任务名称", "指标要求", "牵头部门", "配合部门"),
                    List.of("1", "地区生产总值", "增长5.5%(市下达指标)", "区发改经信局", "区财政局、各街道办事处"),
                    List.of("1", "服务业增加值", "增长6%", "区发改经信局", "区财政局、区统计局"));
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    row.createCell(c).setCellValue(rows.get(r).get(c));
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private List<Long> graphCounts() {
        Record counts = driver.executableQuery("""
                MATCH (n) WITH count(n) AS nodes
                MATCH ()-[r]->() RETURN nodes, count(r) AS relationships
                """).execute().records().get(0);
        return List.of(counts.get("nodes").asLong(), counts.get("relationships").asLong());
    }
}
