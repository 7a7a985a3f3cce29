package io.dutygraph.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
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
 * {@code Unit.tasks} asked with its tasks' leaders: {@code Query.units} reads the page with each unit's tasks and
 * leaders in one statement (or, when it cannot, {@code Unit.tasks} reads them in one statement of its own), and the
 * answer is the one the fields give on their own: {@code Task.leaders} on each task page, {@code Unit.tasks}
 * without leaders.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureHttpGraphQlTester
@AutoConfigureWebTestClient(timeout = "PT30S")
@Import(StatementCounter.class)
class LeadersWithTasksTests {

    private static final String PLAN = "wujiang-2024";
    /** A task's number and the fields saying where it is written. */
    private static final String SOURCES = "number line leaderSource leaderLine location";

    HttpGraphQlTester graphQl;

    @Autowired
    StatementCounter statements;

    @BeforeEach
    void allowForASlowMachine(@Autowired HttpGraphQlTester tester) {
        graphQl = PatientTester.of(tester);
    }

    @Test
    void unitsTasksAndLeadersAnswerAsTheFieldsDoAloneInOneStatement() {
        Map<Integer, Map<String, Object>> tasks = TaskPages.byNumber(graphQl, PLAN, "number leaders { name }");
        graphQl.documentName("unitsTasksLeaders").variable("first", 1).variable("plan", PLAN).execute();
        statements.reset();
        GraphQlTester.Response response = graphQl.documentName("unitsTasksLeaders").variable("first", 50)
                .variable("plan", PLAN).execute();
        assertThat(statements.statementNames()).filteredOn(name -> !name.equals("RESOLVE_PLAN"))
                .containsExactly("UNITS_PAGE");
        assertThat(response.path("units.nodes[*].tasks.nodes[*].number").entityList(Integer.class).get())
                .isEqualTo(numbersWithoutLeaders(PLAN, null, 50, 20));
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
    void aRoleAndTheDefaultPlanAreReadAheadAsUnitTasksReadsThem() {
        for (String role : new String[] {"LEAD", "SUPPORT", null}) {
            statements.reset();
            GraphQlTester.Response response = graphQl.document("query($role: Role) { units(first: 40) { edges { node "
                    + "{ tasks(role: $role, first: 30) { edges { node { number leaders { name } } } } } } } }")
                    .variable("role", role).execute();
            assertThat(statements.statementNames()).as("role %s", role)
                    .filteredOn(name -> !name.equals("RESOLVE_PLAN")).containsExactly("UNITS_PAGE");
            assertThat(response.path("units.edges[*].node.tasks.edges[*].node.number").entityList(Integer.class).get())
                    .as("role %s", role).isNotEmpty().isEqualTo(numbersWithoutLeaders(null, role, 40, 30));
        }
    }

    @Test
    void theTasksTextIsReadAheadWhenAsked() {
        Map<Integer, Map<String, Object>> tasks = TaskPages.byNumber(graphQl, PLAN, "number text");
        statements.reset();
        GraphQlTester.Response response = graphQl.document("query($plan: ID) { units(first: 30) { nodes { "
                + "tasks(plan: $plan, first: 30) { nodes { number ...Said leaders { name } } } } } } "
                + "fragment Said on Task { text }").variable("plan", PLAN).execute();
        assertThat(statements.statementNames()).filteredOn(name -> !name.equals("RESOLVE_PLAN"))
                .containsExactly("UNITS_PAGE");
        List<Integer> numbers = response.path("units.nodes[*].tasks.nodes[*].number").entityList(Integer.class).get();
        List<String> texts = response.path("units.nodes[*].tasks.nodes[*].text").entityList(String.class).get();
        assertThat(numbers).hasSizeGreaterThan(50).hasSameSizeAs(texts);
        for (int i = 0; i < numbers.size(); i++) {
            assertThat(texts.get(i)).as("text of task %d", numbers.get(i)).isEqualTo(tasks.get(numbers.get(i)).get("text"));
        }
    }

    @Test
    void tasksReadAheadWithoutTextServeOnlyTheirPage() {
        Map<Integer, Map<String, Object>> tasks = TaskPages.byNumber(graphQl, PLAN, "number text");
        GraphQlTester.Response response = graphQl.document("query($plan: ID) { "
                + "units(first: 50) { nodes { name tasks(plan: $plan, first: 10) { nodes { number leaders { name } } } "
                + "partners(plan: $plan, first: 2) { nodes { tasks(plan: $plan, first: 10) { nodes { number text "
                + "leaders { name } } } } } } } "
                + "unit(name: \"区发改委\") { tasks(plan: $plan) { nodes { number text leaders { name } } } } }")
                .variable("plan", PLAN).execute();
        assertThat(response.path("units.nodes[*].name").entityList(String.class).get()).contains("区发改委");
        List<Integer> numbers = response.path("units.nodes[*].partners.nodes[*].tasks.nodes[*].number")
                .entityList(Integer.class).get();
        List<String> texts = response.path("units.nodes[*].partners.nodes[*].tasks.nodes[*].text")
                .entityList(String.class).get();
        numbers.addAll(response.path("unit.tasks.nodes[*].number").entityList(Integer.class).get());
        texts.addAll(response.path("unit.tasks.nodes[*].text").entityList(String.class).get());
        assertThat(numbers).hasSizeGreaterThan(20).hasSameSizeAs(texts);
        for (int i = 0; i < numbers.size(); i++) {
            assertThat(texts.get(i)).as("text of task %d", numbers.get(i)).isEqualTo(tasks.get(numbers.get(i)).get("text"));
        }
    }

    @Test
    void whereTheTasksAreWrittenIsReadAheadWhenAsked() {
        Map<Integer, Map<String, Object>> tasks = TaskPages.byNumber(graphQl, PLAN, SOURCES);
        statements.reset();
        GraphQlTester.Response response = graphQl.document("query($plan: ID) { units(first: 30) { nodes { "
                + "tasks(plan: $plan, first: 30) { edges { node { ...Where leaders { name } } } } } } } "
                + "fragment Where on Task { " + SOURCES + " }").variable("plan", PLAN).execute();
        assertThat(statements.statementNames()).filteredOn(name -> !name.equals("RESOLVE_PLAN"))
                .containsExactly("UNITS_PAGE");
        List<Map<String, Object>> read = maps(response, "units.nodes[*].tasks.edges[*].node");
        assertThat(read).hasSizeGreaterThan(50).allSatisfy(task -> assertThat(task.get("location")).isNotNull())
                .allSatisfy(task -> assertThat(task).isEqualTo(withoutLeaders(task, tasks)));
    }

    @Test
    void tasksReadAheadWithoutSourcesServeOnlyTheirPage() {
        Map<Integer, Map<String, Object>> tasks = TaskPages.byNumber(graphQl, PLAN, SOURCES);
        GraphQlTester.Response response = graphQl.document("query($plan: ID) { "
                + "units(first: 50) { nodes { name tasks(plan: $plan, first: 10) { nodes { number leaders { name } } } "
                + "partners(plan: $plan, first: 2) { nodes { tasks(plan: $plan, first: 10) { nodes { " + SOURCES
                + " leaders { name } } } } } } } }").variable("plan", PLAN).execute();
        List<Map<String, Object>> read = maps(response, "units.nodes[*].partners.nodes[*].tasks.nodes[*]");
        assertThat(read).hasSizeGreaterThan(20).allSatisfy(task -> assertThat(task.get("line")).isNotNull())
                .allSatisfy(task -> assertThat(task).isEqualTo(withoutLeaders(task, tasks)));
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> maps(GraphQlTester.Response response, String path) {
        return response.path(path).entityList(Map.class).get().stream().map(map -> (Map<String, Object>) map).toList();
    }

    /** The task as read, leaders aside, and as the plan's task pages say it: equal when every field came back. */
    private static Map<String, Object> withoutLeaders(Map<String, Object> task, Map<Integer, Map<String, Object>> tasks) {
        Map<String, Object> expected = new LinkedHashMap<>(tasks.get((Integer) task.get("number")));
        expected.put("leaders", task.get("leaders"));
        return expected;
    }

    @Test
    void tasksAskedInTwoPlansAreLeftToUnitTasks() {
        statements.reset();
        GraphQlTester.Response response = graphQl.document("query($plan: ID) { units(first: 50) { nodes { "
                + "mine: tasks(plan: $plan) { nodes { number leaders { name } } } "
                + "lead: tasks(plan: $plan, role: LEAD) { nodes { number leaders { name } } } } } }")
                .variable("plan", PLAN).execute();
        assertThat(statements.statementNames()).filteredOn(name -> !name.equals("RESOLVE_PLAN"))
                .containsExactlyInAnyOrder("UNITS_PAGE", "TASKS_WITH_LEADERS_OF_UNITS", "TASKS_WITH_LEADERS_OF_UNITS");
        assertThat(response.path("units.nodes[*].mine.nodes[*].number").entityList(Integer.class).get())
                .isEqualTo(numbersWithoutLeaders(PLAN, null, 50, 20));
        assertThat(response.path("units.nodes[*].lead.nodes[*].number").entityList(Integer.class).get())
                .isEqualTo(numbersWithoutLeaders(PLAN, "LEAD", 50, 20));
    }

    @Test
    void anUnknownPlanIsRefusedAsUnitTasksRefusesIt() {
        graphQl.document("{ units(first: 3) { nodes { name tasks(plan: \"wujiang-1999\") { nodes { leaders { name } } } } } }")
                .execute().errors().satisfy(errors -> assertThat(errors).hasSize(3).allSatisfy(error ->
                        assertThat(error.getMessage()).contains("wujiang-1999")));
    }

    @Test
    void unitTasksInARoleAreTheTasksOfTheUnitsAssignmentsInThatRole() {
        for (String role : List.of("LEAD", "SUPPORT")) {
            GraphQlTester.Response response = graphQl.document("query($role: Role) { unit(name: \"区发改委\") { "
                    + "tasks(role: $role, first: 100) { nodes { number } } "
                    + "assignments(role: $role, first: 100) { nodes { task { number } } } } }")
                    .variable("role", role).execute();
            List<Integer> tasks = response.path("unit.tasks.nodes[*].number").entityList(Integer.class).get();
            List<Integer> assigned = response.path("unit.assignments.nodes[*].task.number").entityList(Integer.class)
                    .get();
            assertThat(tasks).as(role).isNotEmpty().isEqualTo(assigned.stream().distinct().sorted().toList());
        }
    }

    /** Each unit's task numbers as Unit.tasks reads them without leaders (its own statement, no look-ahead). */
    private List<Integer> numbersWithoutLeaders(String plan, String role, int units, int tasks) {
        return graphQl.document("query($plan: ID, $role: Role, $first: Int, $tasks: Int) { units(first: $first) { "
                + "nodes { tasks(plan: $plan, role: $role, first: $tasks) { nodes { number } } } } }")
                .variable("plan", plan).variable("role", role).variable("first", units).variable("tasks", tasks).execute()
                .path("units.nodes[*].tasks.nodes[*].number").entityList(Integer.class).get();
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
