package io.dutygraph.plan.reading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.dutygraph.plan.Chapter;
import io.dutygraph.plan.LeaderSource;
import io.dutygraph.plan.ParsedPlan;
import io.dutygraph.plan.ParsedTask;
import io.dutygraph.plan.units.UnitDirectories;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Officials named in a heading lead the tasks under it, in every file type alike: a 郧阳-style category row
 * {@code …(牵头领导:成坤、柯相国、王俊)} above rows whose 责任人 cell is left empty, and a 温州-style heading
 * {@code 二、李丹常委、常务副区长牵头重点工作} written as a paragraph (or a sheet row) just above the table.
 */
class HeadingLeadersTests {

    private static final String YUNYANG_HEADING = "一、主要经济社会发展指标、发改、财政、行政审批、生态环境、营商环境、交通、"
            + "金融、安全生产等工作目标(牵头领导:成坤、柯相国、王俊)";
    private static final List<String> YUNYANG_LEADERS = List.of("成坤", "柯相国", "王俊");

    /** The 郧阳 table (shiyan-yunyang-2023, rows completed): the 责任人 cell empty in rows 1-2, a name in row 3. */
    private static final PlanTables YUNYANG = new PlanTables(
            List.of("郧阳区人民政府", "2023年1月30日", "2023年区政府工作目标任务落实责任分解表"),
            List.of(List.of("序号", "目  标  任  务", "牵头单位", "责任单位", "责任人"),
                    List.of(YUNYANG_HEADING),
                    List.of("1", "★地区生产总值增长15%。", "区发改局", "各乡镇人民政府", ""),
                    List.of("2", "★一般公共预算收入增长10%。", "区财政局", "区税务局", ""),
                    List.of("3", "★规模以上工业增加值增长12%。", "区经信局", "各乡镇人民政府", "柯相国")));

    /** The 温州 table (wenzhou-longwan-2023): the leader's heading is a paragraph above the table, not a row. */
    private static final PlanTables WENZHOU = new PlanTables(
            List.of("温州市龙湾区人民政府办公室", "2023年区政府工作报告重点工作责任分解", "一、夏禹桨区长牵头重点工作",
                    "总负责。", "二、李丹常委、常务副区长牵头重点工作"),
            List.of(List.of("序号", "重点工作", "区本级任务数", "责任单位"),
                    List.of("1", "地区生产总值增长6.5%。", "", "区发改局"),
                    List.of("2", "一般公共预算收入增长与经济增长基本同步。", "", "区财政局"),
                    List.of("3", "固定资产投资增长10.0%左右。", "5%", "区发改局"),
                    List.of("5", "精准承接中央五大政策和省市“8+4”经济政策体系,迭代更新龙湾稳增长政策措施,力争全年兑现惠企资金20亿元。",
                            "9亿元", "区政府办公室*、区财政局")));

    @TestFactory
    Stream<DynamicTest> anEmptyLeaderCellUnderAHeadingNamingLeadersTakesTheHeadingsLeaders() throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("shiyan-yunyang-2023-rows.txt", resource("plans/variants/shiyan-yunyang-2023-rows.txt"));
        files.putAll(YUNYANG.files("shiyan-yunyang-2023-rows"));
        return files.entrySet().stream().map(file -> DynamicTest.dynamicTest(file.getKey(), () -> {
            ParsedPlan plan = parse(file.getKey(), file.getValue());
            assertThat(plan.tasks()).extracting(ParsedTask::number).containsExactly(1, 2, 3);
            Chapter chapter = plan.chapters().get(0);
            for (ParsedTask task : plan.tasks().subList(0, 2)) {
                assertThat(task.leaders()).as("task " + task.number()).isEqualTo(YUNYANG_LEADERS);
                assertThat(task.leaderSource()).as("task " + task.number()).isEqualTo(LeaderSource.INHERITED);
                assertThat(task.leaderLine()).as("task " + task.number()).isEqualTo(chapter.line());
            }
            ParsedTask own = plan.tasks().get(2);
            assertThat(own.leaders()).containsExactly("柯相国");
            assertThat(own.leaderSource()).isEqualTo(LeaderSource.OWN);
        }));
    }

    @TestFactory
    Stream<DynamicTest> aHeadingAboveTheTableLeadsItsTasksInEveryFileType() throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("wenzhou-longwan-2023.txt", resource("plans/formats/wenzhou-longwan-2023.txt"));
        files.putAll(WENZHOU.files("wenzhou-longwan-2023"));
        return files.entrySet().stream().map(file -> DynamicTest.dynamicTest(file.getKey(), () -> {
            ParsedPlan plan = parse(file.getKey(), file.getValue());
            assertThat(plan.chapters()).extracting(Chapter::numeral, Chapter::title)
                    .containsExactly(tuple("二", "李丹常委、常务副区长牵头重点工作"));
            assertThat(plan.tasks()).extracting(ParsedTask::number).contains(1, 2, 3, 5);
            assertThat(plan.tasks()).allSatisfy(task -> {
                assertThat(task.leaders()).as("task " + task.number()).containsExactly("李丹");
                assertThat(task.leaderSource()).as("task " + task.number()).isEqualTo(LeaderSource.INHERITED);
                assertThat(task.leaderLine()).as("task " + task.number()).isEqualTo(plan.chapters().get(0).line());
            });
            assertThat(plan.plan().title()).isEqualTo("2023年区政府工作报告重点工作责任分解");
        }));
    }

    /** The heading's line is where it is written: the 5th paragraph above the table, or the sheet's 5th row. */
    @TestFactory
    Stream<DynamicTest> theHeadingAboveATableFileKeepsItsLine() {
        return WENZHOU.files("plan").entrySet().stream().map(file -> DynamicTest.dynamicTest(file.getKey(), () -> {
            ParsedPlan plan = parse(file.getKey(), file.getValue());
            assertThat(plan.chapters().get(0).line()).isEqualTo(5);
            assertThat(plan.tasks().get(0).leaderLine()).isEqualTo(5);
        }));
    }

    private static ParsedPlan parse(String name, byte[] bytes) {
        return new PlanParser(UnitDirectories.bundled()).parse(PlanSource.of(name, bytes), Optional.empty());
    }

    private static byte[] resource(String path) throws IOException {
        try (InputStream in = HeadingLeadersTests.class.getResourceAsStream("/" + path)) {
            assertThat(in).as(path).isNotNull();
            return in.readAllBytes();
        }
    }
}
