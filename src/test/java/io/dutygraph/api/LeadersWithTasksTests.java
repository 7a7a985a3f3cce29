package io.dutygraph.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.tester.AutoConfigureHttpGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.context.annotation.Import;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/**
 * {@code Unit.tasks} asked with its tasks' leaders reads them in its own statement and primes the
 * {@code Task.leaders} loader: the answer is the one {@code Task.leaders} gives on its own, without its statement.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureHttpGraphQlTester
@AutoConfigureWebTestClient(timeout = "PT30S")
@Import(StatementCounter.class)
class LeadersWithTasksTests {

    private static final String PLAN = "wujiang-2024";

    HttpGraphQlTester graphQl;

    @Autowired
    StatementCounter statements;

    @BeforeEach
    void allowForASlowMachine(@Autowired HttpGraphQlTester tester) {
        graphQl = tester.mutate().webTestClient(client -> client.responseTimeout(Duration.ofSeconds(30)))
                .responseTimeout(Duration.ofSeconds(30)).build();
    }

    @Test
    void unitTasksWithLeadersAnswerAsTaskLeadersDoInTwoStatements() {
        Map<Integer, Object> expected = leadersByTaskNumber();
        graphQl.documentName("unitsTasksLeaders").variable("first", 1).variable("plan", PLAN).execute();
        statements.reset();
        GraphQlTester.Response response = graphQl.documentName("unitsTasksLeaders").variable("first", 50)
                .variable("plan", PLAN).execute();
        assertThat(statements.statementNames()).filteredOn(name -> !name.equals("RESOLVE_PLAN"))
                .containsExactly("UNITS_PAGE", "TASKS_WITH_LEADERS_OF_UNITS");
        List<Integer> numbers = response.path("units.nodes[*].tasks.nodes[*].number").entityList(Integer.class).get();
        List<Object> leaders = response.path("units.nodes[*].tasks.nodes[*].leaders").entityList(Object.class).get();
        assertThat(numbers).hasSizeGreaterThan(100).hasSameSizeAs(leaders);
        for (int i = 0; i < numbers.size(); i++) {
            assertThat(leaders.get(i)).as("leaders of task %d", numbers.get(i)).isEqualTo(expected.get(numbers.get(i)));
        }
        assertThat(leaders).anySatisfy(list -> assertThat((List<?>) list).isNotEmpty());
        for (int unit = 0; unit < 50; unit++) {
            assertThat(response.path("units.nodes[" + unit + "].tasks.nodes[*].number").entityList(Integer.class).get())
                    .as("tasks of unit %d", unit).isSorted();
        }
    }

    @Test
    void unitTasksWithoutLeadersReadOnlyTheTasks() {
        graphQl.document("query($plan: ID) { units(first: 5) { nodes { tasks(plan: $plan) { nodes { number } } } } }")
                .variable("plan", PLAN).execute();
        statements.reset();
        graphQl.document("query($plan: ID) { units(first: 5) { nodes { tasks(plan: $plan) { nodes { number } } } } }")
                .variable("plan", PLAN).execute().path("units.nodes").entityList(Object.class).hasSize(5);
        assertThat(statements.statementNames()).filteredOn(name -> !name.equals("RESOLVE_PLAN"))
                .containsExactly("UNITS_PAGE", "TASKS_OF_UNITS");
    }

    /** Every task's leaders as {@code Query.tasks} answers them, through the {@code Task.leaders} batch. */
    private Map<Integer, Object> leadersByTaskNumber() {
        Map<Integer, Object> byNumber = new HashMap<>();
        String after = null;
        boolean more = true;
        while (more) {
            GraphQlTester.Response page = graphQl.document("query($plan: ID, $after: String) { tasks(plan: $plan, "
                    + "first: 100, after: $after) { nodes { number leaders { name } } pageInfo { hasNextPage endCursor } } }")
                    .variable("plan", PLAN).variable("after", after).execute();
            List<Integer> numbers = page.path("tasks.nodes[*].number").entityList(Integer.class).get();
            List<Object> leaders = page.path("tasks.nodes[*].leaders").entityList(Object.class).get();
            for (int i = 0; i < numbers.size(); i++) {
                byNumber.put(numbers.get(i), leaders.get(i));
            }
            more = page.path("tasks.pageInfo.hasNextPage").entity(Boolean.class).get();
            after = page.path("tasks.pageInfo.endCursor").entity(String.class).get();
        }
        return byNumber;
    }
}
