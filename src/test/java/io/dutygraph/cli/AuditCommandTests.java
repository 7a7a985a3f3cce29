package io.dutygraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class AuditCommandTests {

    @TempDir
    Path dir;

    private Path realPlan;
    private ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void copyTheRealPlan() throws IOException {
        realPlan = RealPlanFile.copyInto(dir);
    }

    @Test
    void auditsADocumentForPeople() {
        assertThat(run("audit", realPlan.toString())).isZero();
        assertThat(out().lines()).first().asString().isEqualTo("audit of wujiang-2024 (wujiang-2024.txt): 118 tasks "
                + "read, 118 declared, 96 targets; 0 errors, 45 warnings, 37 notes");
        assertThat(out().lines()).anySatisfy(line -> assertThat(line).matches(
                "WARNING +TASK_WITHOUT_LEADER +task 3 +wujiang-2024\\.txt:38: task 3 lists no lead official.*"));
    }

    @Test
    void auditsALoadedPlanAsItAuditsItsDocument() {
        assertThat(run("audit", "--format", "json", realPlan.toString())).isZero();
        JsonNode fromDocument = JsonMapper.builder().build().readTree(out());
        Path data = dir.resolve("data");
        assertThat(run("load", realPlan.toString(), "--dutygraph.neo4j.embedded.data-directory=" + data,
                "--dutygraph.neo4j.embedded.bolt-port=0")).isZero();
        out = new ByteArrayOutputStream();

        ByteArrayOutputStream standardOut = new ByteArrayOutputStream();
        ByteArrayOutputStream standardErr = new ByteArrayOutputStream();
        PrintStream stdout = System.out;
        PrintStream stderr = System.err;
        System.setOut(new PrintStream(standardOut, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(standardErr, true, StandardCharsets.UTF_8));
        try {
            assertThat(run("audit", "--plan", "wujiang-2024", "--format", "json",
                    "--dutygraph.neo4j.embedded.data-directory=" + data, "--dutygraph.neo4j.embedded.bolt-port=0")).isZero();
        } finally {
            System.setOut(stdout);
            System.setErr(stderr);
        }

        assertThat(standardOut.toString(StandardCharsets.UTF_8)).as("the log stays off the command's output").isEmpty();
        assertThat(standardErr.toString(StandardCharsets.UTF_8)).contains("Neo4j 5.26");
        JsonNode fromGraph = JsonMapper.builder().build().readTree(out());
        assertThat(fromGraph.get("findings").size()).isEqualTo(82);
        assertThat(fromGraph).isEqualTo(fromDocument);
    }

    @Test
    void auditAndExportRefuseAFolderWithoutADatabaseAndMakeNothingInIt() throws IOException {
        Path missing = dir.resolve("no-such-folder");
        Path empty = Files.createDirectory(dir.resolve("empty"));

        assertThat(run("audit", "--plan", "wujiang-2024", "--dutygraph.neo4j.embedded.data-directory=" + missing))
                .isEqualTo(DutyGraphCommand.EXIT_BAD_INPUT);
        assertThat(run("export", "--format", "csv", "--out", dir.resolve("out.csv").toString(),
                "--dutygraph.neo4j.embedded.data-directory=" + empty)).isEqualTo(DutyGraphCommand.EXIT_BAD_INPUT);

        String action = "load a plan into it first, or set dutygraph.neo4j.embedded.data-directory to the folder of a "
                + "loaded database";
        assertThat(err().lines()).containsExactly(
                "error: No database in " + missing + " (the folder does not exist): " + action,
                "error: No database in " + empty + " (the folder holds none): " + action);
        assertThat(missing).doesNotExist();
        assertThat(empty).isEmptyDirectory();
        assertThat(dir.resolve("out.csv")).doesNotExist();
    }

    @Test
    void refusesAnUnknownFormatAndAMissingSubject() {
        assertThat(run("audit", "--format", "pdf", realPlan.toString())).isEqualTo(DutyGraphCommand.EXIT_BAD_INPUT);
        assertThat(err()).startsWith("error: --format must be text or json, not pdf");
        assertThat(run("audit")).isEqualTo(DutyGraphCommand.EXIT_BAD_INPUT);
    }

    private int run(String... args) {
        return DutyGraphCommand.newCommandLine(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).execute(args);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
