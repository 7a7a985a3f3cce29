package io.dutygraph.plan.reading;

import static org.assertj.core.api.Assertions.assertThat;

import io.dutygraph.plan.ParsedTask;
import io.dutygraph.plan.reading.Grid.Cell;
import io.dutygraph.plan.reading.Grid.Span;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The real plan written as a published table in each file type reads back cell for cell, merges included. */
class RealPlanAsTableTests {

    private static final Pattern TASK = Pattern.compile("^(\\d+)\\.");
    private static final int LEADERS = 3;

    private static PlanDocument readBack(String type) {
        byte[] bytes = switch (type) {
            case "xlsx" -> RealPlanAsTable.xlsx();
            case "xls" -> RealPlanAsTable.xls();
            case "docx" -> RealPlanAsTable.docx();
            default -> RealPlanAsTable.html().getBytes(StandardCharsets.UTF_8);
        };
        return PlanDocuments.read(PlanSource.of("wujiang-2024." + type, bytes));
    }

    @ParameterizedTest
    @ValueSource(strings = {"xlsx", "xls", "docx", "html"})
    void readsBackAsOneGridWithEveryTaskAndItsLeaderCellMergedAsPublished(String type) {
        PlanDocument document = readBack(type);

        assertThat(document.tables()).hasSize(1);
        Grid grid = document.tables().get(0);
        List<Integer> numbers = new ArrayList<>();
        for (Grid.Row row : grid.rows()) {
            Matcher task = TASK.matcher(row.cells().get(2).text());
            if (task.find()) {
                numbers.add(Integer.valueOf(task.group(1)));
                assertLeaderCell(TestPlans.task(TestPlans.realPlan(), numbers.get(numbers.size() - 1)), row.cells());
            }
        }
        assertThat(numbers).containsExactlyElementsOf(IntStream.rangeClosed(1, 118).boxed().toList());
    }

    private static void assertLeaderCell(ParsedTask task, List<Cell> cells) {
        Cell leaders = cells.get(LEADERS);
        switch (task.leaderSource()) {
            case INHERITED -> assertThat(leaders.span()).as("task %d", task.number()).isEqualTo(Span.MERGED_FROM_ABOVE);
            case NONE -> assertThat(leaders.isEmpty()).as("task %d", task.number()).isTrue();
            case OWN -> assertThat(leaders.text()).as("task %d", task.number()).isEqualTo(String.join("、", task.leaders()));
        }
        assertThat(cells.get(2).text()).isEqualTo(task.number() + "." + GridBuilder.text(task.text()));
        assertThat(cells.get(4).text()).isEqualTo(RealPlanAsTable.unitsCell(task));
    }

    @ParameterizedTest
    @ValueSource(strings = {"docx", "html"})
    void keepsTheTextBeforeAndAfterTheTableOutsideIt(String type) {
        PlanDocument document = readBack(type);

        List<String> expected = new ArrayList<>(RealPlanAsTable.textBeforeTable());
        expected.add(RealPlanAsTable.footnote());
        assertThat(document.textLines()).containsExactlyElementsOf(expected);
        assertThat(Grids.shape(document.tables().get(0))).startsWith(
                String.join(" | ", RealPlanAsTable.HEADER), "一、2024年全区经济社会发展主要预期目标 | < | < | < | <",
                "1 | 主要预期目标 | 1.地区生产总值增长5%以上。 | 钱宇 | ★区发改委、统计局",
                "^ | ^ | 2.一般公共预算收入同口径增长6%以上。 | ^ | ★区财政局、税务局",
                "^ | ^ | 3.规上工业总产值增长5%左右。 | ∅ | ★区工信局、统计局");
    }

    @ParameterizedTest
    @ValueSource(strings = {"xlsx", "xls"})
    void holdsTheTextBeforeAndAfterTheTableAsRowsOfOneMergedCell(String type) {
        Grid grid = readBack(type).tables().get(0);

        List<String> shape = Grids.shape(grid);
        List<String> before = RealPlanAsTable.textBeforeTable();
        assertThat(shape.subList(0, before.size())).containsExactlyElementsOf(before.stream()
                .map(line -> line + " | < | < | < | <").toList());
        assertThat(shape.get(before.size())).isEqualTo(String.join(" | ", RealPlanAsTable.HEADER));
        assertThat(shape.get(shape.size() - 1)).isEqualTo(RealPlanAsTable.footnote() + " | < | < | < | <");
        assertThat(grid.rows().get(before.size()).location().cell()).isEqualTo("Sheet1!A" + (before.size() + 1));
    }
}
