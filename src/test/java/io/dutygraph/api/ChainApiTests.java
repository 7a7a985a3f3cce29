package io.dutygraph.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.dutygraph.graph.load.PlanLoader;
import io.dutygraph.graph.store.CypherStatement;
import io.dutygraph.graph.store.CypherStatements;
import io.dutygraph.graph.store.PlansChangedEvent;
import io.dutygraph.plan.ParsedPlan;
import io.dutygraph.plan.reading.TestPlans;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.neo4j.driver.Driver;
import org.springframework.boot.graphql.test.autoconfigure.tester.AutoConfigureHttpGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Import;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/** Accountability chains and unit histories on the bundled plan (and, for a history, the plan of the year before). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureHttpGraphQlTester
@AutoConfigureWebTestClient
@Import(StatementCounter.class)
class ChainApiTests {

    HttpGraphQlTester graphQl;

    @BeforeEach
    void allowForASlowMachine(@Autowired HttpGraphQlTester tester) {
        graphQl = PatientTester.of(tester);
    }

    @Test
    void aTasksChainSaysWhereEachLinkIsWritten() {
        graphQl.documentName("accountability").variable("task", 56).execute()
                .path("accountability.plan.id").entity(String.class).isEqualTo("wujiang-2024")
                .path("accountability.taskLocation").entity(String.class).isEqualTo("wujiang-2024.txt:417")
                .path("accountability.leaderSource").entity(String.class).isEqualTo("OWN")
                .path("accountability.leaderLocation").entity(String.class).isEqualTo("wujiang-2024.txt:419")
                .path("accountability.leaders[*].name").entityList(String.class).containsExactly("王嵘", "沈伟江", "孙俊良", "方勇")
                .path("accountability.leadUnits[*].unit.name").entityList(String.class)
                .containsExactly("区城管局", "区水务局", "区农业农村局")
                .path("accountability.leadUnits[1].asWritten").entity(String.class).isEqualTo("水务局")
                .path("accountability.leadUnits[1].location").entity(String.class).isEqualTo("wujiang-2024.txt:424")
                .path("accountability.supportUnits[*].unit.name").entityList(String.class).containsExactly("水务集团")
                .path("accountability.targets[*].text").entityList(String.class).containsExactly("150个")
                .path("accountability.sectionLocation").entity(String.class)
                .satisfies(location -> assertThat(location).startsWith("wujiang-2024.txt:"));
    }

    @Test
    void anInheritedLeaderPointsAtTheMergedCellAbove() {
        graphQl.documentName("accountability").variable("task", 24).execute()
                .path("accountability.leaderSource").entity(String.class).isEqualTo("INHERITED")
                .path("accountability.leaderLocation").entity(String.class).isEqualTo("wujiang-2024.txt:154");
        graphQl.documentName("accountability").variable("task", 999).execute()
                .path("accountability").valueIsNull();
    }

    @Test
    @SuppressWarnings("unchecked")
    void officialsAndUnitsHaveTheChainsOfTheirTasksAndAUnitItsHistory() {
        Map<String, Object> data = graphQl.documentName("chains").variable("official", "钱宇").variable("unit", "工信局")
                .execute().path("").entity(Map.class).get();
        Map<String, Object> official = (Map<String, Object>) data.get("official");
        List<Map<String, Object>> officialChain = (List<Map<String, Object>>) official.get("chain");
        assertThat(officialChain).hasSize((Integer) official.get("taskCount"))
                .allSatisfy(chain -> assertThat((List<Map<String, Object>>) chain.get("leaders"))
                        .anySatisfy(leader -> assertThat(leader).containsEntry("name", "钱宇")));
        Map<String, Object> unit = (Map<String, Object>) data.get("unit");
        List<Map<String, Object>> unitChain = (List<Map<String, Object>>) unit.get("chain");
        assertThat(unitChain).hasSize((Integer) unit.get("taskCount"))
                .allSatisfy(chain -> assertThat(chain.get("leadUnits").toString()).contains("区工信局"));
        List<Map<String, Object>> history = (List<Map<String, Object>>) unit.get("history");
        assertThat(history).singleElement().satisfies(year -> {
            assertThat(year).containsEntry("year", 2024).containsEntry("plan", Map.of("id", "wujiang-2024"));
            assertThat((List<?>) year.get("assignments")).hasSize((Integer) year.get("taskCount"));
        });
    }

    @Test
    @SuppressWarnings("unchecked")
    void aUnitsHistoryFollowsItOverThePlansOfItsJurisdiction(@Autowired PlanLoader loader, @Autowired Driver driver,
            @Autowired CypherStatements statements, @Autowired ApplicationEventPublisher events) {
        // The year before, as the same document, except that task 3 went to 区发改委 instead of 区工信局.
        String text = new String(TestPlans.realPlanBytes(), StandardCharsets.UTF_8).replace("2024", "2023")
                .replaceFirst("★区工信局、统计局", "★区发改委、统计局");
        ParsedPlan earlier = TestPlans.parse("wujiang-2023.txt", text);
        int tasksIn2024 = (int) TestPlans.realPlan().tasks().stream()
                .filter(task -> task.units().stream().anyMatch(unit -> unit.unit().equals("区工信局"))).count();
        loader.load(earlier);
        try {
            List<Map<String, Object>> history = graphQl.documentName("unitHistory").variable("unit", "工信局").execute()
                    .path("unit.history").entityList(Map.class).get().stream().map(year -> (Map<String, Object>) year)
                    .toList();

            assertThat(history).extracting(year -> year.get("year"), year -> year.get("plan"), year -> year.get("taskCount"))
                    .containsExactly(tuple(2023, Map.of("id", "wujiang-2023"), tasksIn2024 - 1),
                            tuple(2024, Map.of("id", "wujiang-2024"), tasksIn2024));
            assertThat(history.get(0).get("assignments").toString()).doesNotContain("number=3}");
            assertThat(history.get(1).get("assignments").toString()).contains("{task={number=3}, role=LEAD}");
        } finally {
            driver.executableQuery(statements.get(CypherStatement.DELETE_PLAN))
                    .withParameters(Map.of("planIds", List.of("wujiang-2023"))).execute();
            events.publishEvent(new PlansChangedEvent(List.of("wujiang-2023")));
        }
    }
}
