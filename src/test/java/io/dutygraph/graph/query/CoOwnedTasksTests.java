package io.dutygraph.graph.query;

import static org.assertj.core.api.Assertions.assertThat;

import io.dutygraph.plan.Role;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * {@code co-owned-tasks.cypher}, read from the units' side, answers as the question reads: for pairs and triples of
 * the bundled plan's busiest units, with and without collectives expanded, for each role, it gives the tasks an
 * independent statement finds by testing every task of the plan.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class CoOwnedTasksTests {

    private static final String PLAN = "wujiang-2024";

    /** The question as written: every task of the plan, kept when each unit reaches it. */
    private static final String EVERY_TASK_TESTED = """
            MATCH (t:Task {planId: $planId})
            WHERE all(key IN $keys WHERE EXISTS {
              MATCH (u:Unit {key: key})<-[:INCLUDES*0..1]-(w:Unit)-[r]->(t)
              WHERE type(r) IN ['LEADS', 'SUPPORTS', 'PROVIDES_DATA_FOR', 'RESPONSIBLE_FOR']
                AND ($expand OR w = u) AND ($relationship IS NULL OR type(r) = $relationship) })
            RETURN t.number AS number ORDER BY number""";

    @Autowired
    TaskQueries tasks;

    @Autowired
    PlanQueries plans;

    @Autowired
    Driver driver;

    @Test
    void theBusiestUnitsCoOwnTheTasksEveryTaskTestedGives() {
        PlanRef plan = plans.resolve(PLAN, null);
        List<Map<String, Object>> busiest = driver.executableQuery("""
                MATCH (u:Unit)-[]->(t:Task {planId: $planId}) WITH u, count(t) AS tasks
                RETURN u.name AS name, u.key AS key ORDER BY tasks DESC, name LIMIT 12""")
                .withParameters(Map.of("planId", PLAN)).execute().records().stream().map(r -> r.asMap()).toList();
        int nonEmpty = 0;
        for (List<Map<String, Object>> units : groups(busiest)) {
            for (Role role : new Role[] {null, Role.LEAD, Role.SUPPORT}) {
                for (boolean expand : new boolean[] {true, false}) {
                    List<Integer> expected = everyTaskTested(units, role, expand);
                    List<Integer> answer = tasks.coOwnedTasks(plan, units.stream().map(u -> (String) u.get("name")).toList(),
                            role, expand).stream().map(TaskView::number).toList();
                    assertThat(answer).as("%s, role %s, collectives expanded %s", units, role, expand)
                            .isEqualTo(expected);
                    nonEmpty += expected.isEmpty() ? 0 : 1;
                }
            }
        }
        assertThat(nonEmpty).as("questions with an answer").isGreaterThan(50);
    }

    /** Every pair of the units, and each run of three. */
    private static List<List<Map<String, Object>>> groups(List<Map<String, Object>> units) {
        List<List<Map<String, Object>>> groups = new ArrayList<>();
        for (int i = 0; i < units.size(); i++) {
            for (int j = i + 1; j < units.size(); j++) {
                groups.add(List.of(units.get(i), units.get(j)));
            }
            if (i + 2 < units.size()) {
                groups.add(List.of(units.get(i), units.get(i + 1), units.get(i + 2)));
            }
        }
        return groups;
    }

    private List<Integer> everyTaskTested(List<Map<String, Object>> units, Role role, boolean expand) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("planId", PLAN);
        parameters.put("keys", units.stream().map(u -> u.get("key")).toList());
        parameters.put("expand", expand);
        parameters.put("relationship", role == null ? null : role.relationship());
        return driver.executableQuery(EVERY_TASK_TESTED).withParameters(parameters).execute().records().stream()
                .map(r -> r.get("number").asInt()).toList();
    }
}
