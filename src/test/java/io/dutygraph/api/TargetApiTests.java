package io.dutygraph.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.dutygraph.plan.ParsedTask;
import io.dutygraph.plan.targets.TargetReader;
import io.dutygraph.plan.reading.TestPlans;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.tester.AutoConfigureHttpGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.context.annotation.Import;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/** Targets through GraphQL on the bundled plan, checked against what the reader finds in the parsed plan. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureHttpGraphQlTester
@AutoConfigureWebTestClient
@Import(StatementCounter.class)
class TargetApiTests {

    HttpGraphQlTester graphQl;

    @BeforeEach
    void allowForASlowMachine(@Autowired HttpGraphQlTester tester) {
        graphQl = PatientTester.of(tester);
    }

    private static int targetsOfTasks(Predicate<ParsedTask> which) {
        return TestPlans.realPlan().tasks().stream().filter(which).mapToInt(task -> TargetReader.read(task.text()).size())
                .sum();
    }

    @Test
    void aTaskHoldsItsTargetsWithWhereTheyAreWritten() {
        graphQl.documentName("taskTargets").variable("number", 1).execute()
                .path("task.targets[0]").entity(Map.class).satisfies(target -> assertThat(target).containsEntry("metric",
                        "地区生产总值增长").containsEntry("value", 5.0).containsEntry("unit", "%")
                        .containsEntry("bound", "AT_LEAST").containsEntry("text", "5%以上").containsEntry("offset", 8)
                        .containsEntry("location", "wujiang-2024.txt:25"));
        graphQl.documentName("taskTargets").variable("number", 13).execute()
                .path("task.targets[*].text").entityList(String.class).containsExactly("100个", "20个", "5个", "2个");
    }

    @Test
    void everyTargetOfThePlanIsInTheGraphAndPaged() {
        int expected = targetsOfTasks(task -> true);
        String cursor = graphQl.documentName("targets").variable("first", 50).execute()
                .path("targets.totalCount").entity(Integer.class).isEqualTo(expected)
                .path("targets.pageInfo.endCursor").entity(String.class).get();
        graphQl.documentName("targets").variable("first", 100).variable("after", cursor).execute()
                .path("targets.nodes").entityList(Object.class).hasSize(expected - 50)
                .path("targets.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(false);
    }

    @Test
    void targetsAreFilteredByLeadUnitOfficialChapterMetricAndBound() {
        int ledByIndustry = targetsOfTasks(task -> task.leadUnits().contains("区工信局"));
        graphQl.documentName("targets").variable("where", Map.of("unit", "工信局", "role", "LEAD"))
                .variable("first", 100).execute()
                .path("targets.totalCount").entity(Integer.class).isEqualTo(ledByIndustry)
                .path("targets.nodes[*].task.leadUnits[*].name").entityList(String.class).contains("区工信局");
        graphQl.documentName("targets").variable("where", Map.of("official", "钱 宇")).variable("first", 100).execute()
                .path("targets.totalCount").entity(Integer.class)
                .isEqualTo(targetsOfTasks(task -> task.leaders().contains("钱宇")));
        graphQl.documentName("targets").variable("where", Map.of("chapter", "一", "bound", "ABOUT")).execute()
                .path("targets.nodes[*].task.number").entityList(Integer.class).containsExactly(3, 4);
        graphQl.documentName("targets").variable("where", Map.of("metric", "增长")).variable("first", 100).execute()
                .path("targets.nodes[*].metric").entityList(String.class)
                .satisfies(metrics -> assertThat(metrics).isNotEmpty().allMatch(metric -> metric.contains("增长")));
    }

    @Test
    void unitsAndOfficialsHaveTheTargetsOfTheirTasks() {
        graphQl.documentName("unitTargets").variable("name", "工信局").variable("role", "LEAD").execute()
                .path("unit.targets.nodes").entityList(Object.class)
                .hasSize(targetsOfTasks(task -> task.leadUnits().contains("区工信局")));
        graphQl.documentName("officialTargets").variable("name", "钱宇").execute()
                .path("official.targets.nodes").entityList(Object.class)
                .hasSize(targetsOfTasks(task -> task.leaders().contains("钱宇")));
    }
}
