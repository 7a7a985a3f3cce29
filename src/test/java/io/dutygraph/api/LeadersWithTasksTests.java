package io.dutygraph.api;

import static org.assertj.core.api.Assertions.assertThat;

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
        graphQl = PatientTester.of(tester);
    }

    @Test
    void unitTasksWithLeadersAnswerAsTaskLeadersDoInTwoStatements() {
        Map<Integer, Map<String, Object>> tasks = TaskPages.byNumber(graphQl, PLAN, "number leaders { name }");
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
            assertThat(leaders.get(i)).as("leaders of task %d", numbers.get(i)).isEqualTo(tasks.get(numbers.get(i)).get("leaders"));
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
}
