package io.dutygraph.api;

import static org.assertj.core.api.Assertions.assertThat;

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
 * {@code Query.task} asked with the task's leaders or units reads them in its own statement and primes the loaders of
 * {@code Task.leaders} and the units fields: every task answers as {@code Query.tasks} (through those loaders) does.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureHttpGraphQlTester
@AutoConfigureWebTestClient(timeout = "PT30S")
@Import(StatementCounter.class)
class TaskWithPeopleTests {

    private static final String PLAN = "wujiang-2024";
    private static final String PEOPLE = "number text leaderSource leaders { id name } leadUnits { id name } "
            + "supportUnits { id name } assignments { id task { number } unit { name } role asWritten capacity "
            + "viaCollective line location position }";

    HttpGraphQlTester graphQl;

    @Autowired
    StatementCounter statements;

    @BeforeEach
    void allowForASlowMachine(@Autowired HttpGraphQlTester tester) {
        graphQl = PatientTester.of(tester);
    }

    @Test
    void everyTaskWithItsPeopleAnswersAsTheTaskPagesDo() {
        Map<Integer, Map<String, Object>> expected = TaskPages.byNumber(graphQl, PLAN, PEOPLE);
        assertThat(expected).hasSizeGreaterThan(100);
        for (Map.Entry<Integer, Map<String, Object>> task : expected.entrySet()) {
            Object answer = graphQl.document("query($n: Int!, $plan: ID) { task(number: $n, plan: $plan) { " + PEOPLE
                    + " } }").variable("n", task.getKey()).variable("plan", PLAN).execute().path("task")
                    .entity(Object.class).get();
            assertThat(answer).as("task %d", task.getKey()).isEqualTo(task.getValue());
        }
    }

    @Test
    void aTaskWithItsLeadersAndUnitsCostsOneStatement() {
        String document = "query($plan: ID) { task(number: 56, plan: $plan) { number leaders { name } "
                + "leadUnits { name } supportUnits { name } } }";
        graphQl.document(document).variable("plan", PLAN).execute();
        statements.reset();
        GraphQlTester.Response response = graphQl.document(document).variable("plan", PLAN).execute();
        assertThat(statements.statementNames()).filteredOn(name -> !name.equals("RESOLVE_PLAN"))
                .containsExactly("TASK_WITH_PEOPLE_BY_NUMBER");
        response.path("task.leaders").entityList(Object.class).hasSizeGreaterThan(0);
        response.path("task.leadUnits").entityList(Object.class).hasSizeGreaterThan(0);
    }

    @Test
    void aTaskWithoutLeadersOrUnitsReadsOnlyTheTask() {
        String document = "query($plan: ID) { task(number: 56, plan: $plan) { number text } }";
        graphQl.document(document).variable("plan", PLAN).execute();
        statements.reset();
        graphQl.document(document).variable("plan", PLAN).execute().path("task.number").entity(Integer.class)
                .isEqualTo(56);
        assertThat(statements.statementNames()).filteredOn(name -> !name.equals("RESOLVE_PLAN"))
                .containsExactly("TASK_BY_NUMBER");
    }

    @Test
    void anUnknownNumberIsNullWithItsPeopleAsked() {
        graphQl.document("query($plan: ID) { task(number: 99999, plan: $plan) { number leaders { name } } }")
                .variable("plan", PLAN).execute().path("task").valueIsNull();
    }
}
