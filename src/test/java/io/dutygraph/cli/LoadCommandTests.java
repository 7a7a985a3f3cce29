package io.dutygraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;

/** {@code load FILE} puts a plan into the configured database; a bad file changes nothing and exits 2. */
class LoadCommandTests {

    @TempDir
    Path dir;

    private Path realPlan;
    private Path dataDirectory;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void copyTheRealPlan() throws IOException {
        realPlan = RealPlanFile.copyInto(dir);
        dataDirectory = dir.resolve("neo4j");
    }

    @Test
    void loadsAPlanAndReportsTheCountsThenRefusesABadOneWithoutChangingTheGraph() throws IOException {
        assertThat(load(realPlan)).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("loaded wujiang-2024", "118 tasks", "67 units", "7 officials", "315 assignments");

        // The same plan with task 118 renumbered 117: it parses (with a diagnostic) but breaks Task.key uniqueness.
        List<String> lines = Files.readAllLines(realPlan);
        assertThat(lines.get(886)).startsWith("118.");
        lines.set(886, lines.get(886).replace("118.", "117."));
        Path duplicated = Files.write(Files.createDirectory(dir.resolve("edited")).resolve("wujiang-2024.txt"), lines);

        assertThat(load(duplicated)).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8).lines()).singleElement().asString()
                .startsWith("error: loading plan wujiang-2024 failed, nothing was changed");
        assertThat(taskNumbersInTheStore()).hasSize(118).contains(118L);
    }

    @Test
    void refusesAFileThatIsNotAPlanBeforeTouchingTheDatabase() throws IOException {
        Path prose = Files.writeString(dir.resolve("notes.txt"), "这不是任务分解表。\n");

        assertThat(load(prose)).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8).lines()).singleElement().asString()
                .startsWith("error: notes.txt:1:");
        assertThat(dataDirectory).doesNotExist();
    }

    private int load(Path file) {
        return DutyGraphCommand.newCommandLine(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).execute("load", file.toString(),
                "--dutygraph.neo4j.embedded.data-directory=" + dataDirectory, "--dutygraph.neo4j.embedded.bolt-port=0");
    }

    private List<Long> taskNumbersInTheStore() {
        DatabaseManagementService store = new DatabaseManagementServiceBuilder(dataDirectory)
                .setConfig(GraphDatabaseSettings.pagecache_memory, 8L * 1024 * 1024).build();
        try {
            GraphDatabaseService database = store.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
            return database.executeTransactionally("MATCH (t:Task {planId: 'wujiang-2024'}) RETURN t.number AS number",
                    java.util.Map.of(), result -> result.stream().map(row -> (Long) row.get("number")).toList());
        } finally {
            store.shutdown();
        }
    }
}
