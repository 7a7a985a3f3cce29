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

    private static final List<String> YUNYANG_LEADERS = List.of("成坤", "柯相国", "王俊");
    private static final PlanTables YUNYANG = PlanTables.YUNYANG_2023;
    private static final PlanTables WENZHOU = PlanTables.WENZHOU_2023;

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
