package io.dutygraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;

/**
 * {@code kill -9} of a {@code load} process at some moment of its load: the store then opens (Neo4j recovers it)
 * and holds the whole plan or none of it, never part.
 */
class KillDuringLoadTests {

    @ParameterizedTest(name = "killed {0} ms after the context started")
    @ValueSource(ints = {400})
    void aKilledLoadLeavesAllOrNothing(int delayMillis, @TempDir Path dir) throws Exception {
        Path plan = RealPlanFile.copyInto(dir);
        Path data = dir.resolve("neo4j");
        Process load = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), DutyGraphCommand.class.getName(), "load", plan.toString(),
                "--dutygraph.neo4j.embedded.data-directory=" + data, "--dutygraph.neo4j.embedded.page-cache=8m")
                .redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(load.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null && !line.contains("Started DutyGraphCommand")) {
                // the load begins right after the context has started
            }
            Thread.sleep(delayMillis);
            load.destroyForcibly();
            assertThat(load.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(tasksPerPlan(data)).isIn(Map.of(), Map.of("wujiang-2024", 118L));
    }

    private static Map<String, Long> tasksPerPlan(Path data) {
        DatabaseManagementService store = new DatabaseManagementServiceBuilder(data)
                .setConfig(GraphDatabaseSettings.pagecache_memory, 8L * 1024 * 1024).build();
        try {
            List<Map<String, Object>> rows = store.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME)
                    .executeTransactionally("MATCH (t:Task) RETURN t.planId AS plan, count(*) AS tasks", Map.of(),
                            result -> result.stream().toList());
            return rows.stream().collect(java.util.stream.Collectors.toMap(row -> (String) row.get("plan"),
                    row -> (Long) row.get("tasks")));
        } finally {
            store.shutdown();
        }
    }
}
