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
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * {@code load PATH…} puts plans into the configured database, each in its own transaction; a bad file is reported
 * and changes nothing, the others still load, and the exit code is then 2.
 */
@ExtendWith(OutputCaptureExtension.class)
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
    void loadsAPlanAndReportsTheCountsThenRefusesABadOneWithoutChangingTheGraph(CapturedOutput log) throws IOException {
        assertThat(load(realPlan)).isZero();
        assertThat(log.getAll()).as("load opens no Bolt connector").contains("Bolt off").doesNotContain("Bolt at");
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("loaded wujiang-2024", "118 tasks", "67 units", "7 officials", "315 assignments")
                .contains("note: the database holds no plan yet; only the files given are loaded, not the bundled plan");
        out.reset();

        // The same plan with task 118 renumbered 117: it parses (with a diagnostic) but breaks Task.key uniqueness.
        List<String> lines = Files.readAllLines(realPlan);
        assertThat(lines.get(886)).startsWith("118.");
        lines.set(886, lines.get(886).replace("118.", "117."));
        Path duplicated = Files.write(Files.createDirectory(dir.resolve("edited")).resolve("wujiang-2024.txt"), lines);

        assertThat(load(duplicated)).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8).lines()).singleElement().asString()
                .startsWith("error: " + duplicated + ": loading plan wujiang-2024 failed, nothing was changed");
        assertThat(taskNumbersInTheStore()).hasSize(118).contains(118L);
        assertThat(out.toString(StandardCharsets.UTF_8)).as("the database held a plan").doesNotContain("note:");
    }

    @Test
    void loadingIntoAFolderInUseExitsTwoWithOneMessageAndWhatToDo() throws IOException {
        DatabaseManagementService running = new DatabaseManagementServiceBuilder(dataDirectory)
                .setConfig(GraphDatabaseSettings.pagecache_memory, 8L * 1024 * 1024).build();
        try {
            assertThat(load(realPlan)).isEqualTo(2);
        } finally {
            running.shutdown();
        }
        assertThat(err.toString(StandardCharsets.UTF_8).lines().filter(line -> !line.isBlank()).toList())
                .hasSize(2).satisfiesExactly(
                        message -> assertThat(message).startsWith("error: The Neo4j data folder ")
                                .endsWith("is locked by another process (is DutyGraph already running?)"),
                        action -> assertThat(action).contains("Stop the other process"));
        assertThat(out.toString(StandardCharsets.UTF_8)).doesNotContain("loaded wujiang-2024");
    }

    @Test
    void refusesAFileThatIsNotAPlanBeforeTouchingTheDatabase() throws IOException {
        Path prose = Files.writeString(dir.resolve("notes.txt"), "这不是任务分解表。\n");

        assertThat(load(prose)).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8).lines()).singleElement().asString()
                .startsWith("error: " + prose + ":1:");
        assertThat(dataDirectory).doesNotExist();
    }

    @Test
    void loadsSeveralFilesAndFoldersSkippingABadOneAndExitsTwo() throws IOException {
        String plan = Files.readString(realPlan);
        Path folder = Files.createDirectories(dir.resolve("plans/2024"));
        Files.writeString(folder.resolve("xianan-2024.txt"), plan.replace("苏州市吴江区人民政府", "咸宁市咸安区人民政府"));
        Files.writeString(folder.resolve("notes.md"), "not a plan, and not a .txt: a folder does not offer it");
        Path bad = Files.writeString(dir.resolve("broken.txt"), "这不是任务分解表。\n");

        assertThat(load(dir.resolve("plans"), realPlan, bad)).isEqualTo(2);

        String output = out.toString(StandardCharsets.UTF_8);
        assertThat(output).contains("loaded xianan-2024 (咸宁市咸安区 2024)", "loaded wujiang-2024 (苏州市吴江区 2024)",
                "118 tasks", "diagnostics", "2 of 3 plans loaded, 1 failed");
        assertThat(output).contains("note: " + dir.resolve("plans") + ": skipped 1 other file: "
                + folder.resolve("notes.md") + ", not of a plan file type (.txt, .xlsx, .xls, .docx, .html and .htm)");
        assertThat(err.toString(StandardCharsets.UTF_8).lines()).singleElement().asString().startsWith("error: " + bad + ":1:");
        assertThat(storeAnswers("MATCH (p:Plan) RETURN p.id + ' ' + p.jurisdiction AS row ORDER BY row"))
                .containsExactly("wujiang-2024 苏州市吴江区", "xianan-2024 咸宁市咸安区");
    }

    @Test
    void errorsNameEachFileByItsPathWhenTwoFoldersHoldFilesOfOneName() throws IOException {
        Path first = Files.writeString(Files.createDirectories(dir.resolve("2023")).resolve("plan.txt"), "这不是任务分解表。\n");
        Path second = Files.writeString(Files.createDirectories(dir.resolve("2024")).resolve("plan.txt"), "");

        assertThat(load(dir.resolve("2023"), second)).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8).lines()).satisfiesExactly(
                line -> assertThat(line).startsWith("error: " + first + ":1: no task table found"),
                line -> assertThat(line).isEqualTo("error: " + second + ":1: the file is empty"));
        assertThat(dataDirectory).doesNotExist();
    }

    @Test
    void aFileNamedTwiceIsReadOnceWithANote() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("plans"));
        Path plan = Files.copy(realPlan, folder.resolve("wujiang-2024.txt"));
        Path otherSpelling = Path.of(folder + "/./wujiang-2024.txt");

        assertThat(load(plan, plan, folder, otherSpelling)).isZero();

        assertThat(out.toString(StandardCharsets.UTF_8).lines()).contains(
                "note: " + plan + " is given more than once: read once",
                "note: " + otherSpelling + " is the same file as " + plan + ": read once",
                "1 of 1 plan loaded");
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void twoFilesOfOnePlanInOneRunLoadTheFirstAndReportTheSecondNamingBoth() throws IOException {
        Path copy = Files.copy(realPlan, dir.resolve("wujiang-2024-copy.txt"));
        Path other = Files.writeString(dir.resolve("xianan-2024.txt"),
                Files.readString(realPlan).replace("苏州市吴江区人民政府", "咸宁市咸安区人民政府"));

        assertThat(load(realPlan, copy, other)).isEqualTo(2);

        assertThat(err.toString(StandardCharsets.UTF_8).lines()).singleElement().asString()
                .startsWith("error: " + copy + ": the same plan as " + realPlan + " (苏州市吴江区 2024, 《")
                .contains("not loaded");
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("loaded wujiang-2024 (苏州市吴江区 2024) from " + realPlan,
                "loaded xianan-2024", "2 of 3 plans loaded, 1 failed");
        assertThat(storeAnswers("MATCH (p:Plan) RETURN p.id + ' ' + p.source AS row ORDER BY row"))
                .containsExactly("wujiang-2024 wujiang-2024.txt", "xianan-2024 xianan-2024.txt");
    }

    @Test
    void aFolderWithoutPlanFilesIsAnErrorNamingItTheTypesAndWhatItHolds() throws IOException {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        Path scans = Files.createDirectories(dir.resolve("scans"));
        Files.writeString(scans.resolve("plan.pdf"), "%PDF-1.4\n");
        Files.writeString(scans.resolve("readme.md"), "the plan is in the PDF\n");

        assertThat(load(empty, scans)).isEqualTo(2);

        String types = "a folder gives its .txt, .xlsx, .xls, .docx, .html and .htm files";
        assertThat(err.toString(StandardCharsets.UTF_8).lines()).containsExactly(
                "error: " + empty + ": no plan files found in this folder (" + types + "; it holds no file)",
                "error: " + scans + ": no plan files found in this folder (" + types + "; it holds 2 other files: "
                        + scans.resolve("plan.pdf") + ", " + scans.resolve("readme.md") + ")");
        assertThat(out.toString(StandardCharsets.UTF_8).lines())
                .containsExactly("0 of 0 plans loaded, 2 folders without plan files");
        assertThat(dataDirectory).as("nothing to load: the database is not opened").doesNotExist();
    }

    @Test
    void jurisdictionAndYearGivenOnLoadWinOverTheDocument() throws IOException {
        assertThat(load(realPlan, "--jurisdiction", "广东省", "--year", "2025")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("loaded wujiang-2024 (广东省 2025)", "1 of 1 plan loaded");
        assertThat(storeAnswers("MATCH (u:Unit {name: '区发改委'}) RETURN u.key AS row")).containsExactly("广东省/区发改委");
    }

    @Test
    void aStoreWhoseNodeFileIsDamagedIsSaidToBeDamagedAndNothingElse() throws IOException {
        assertThat(load(realPlan)).isZero();
        Path nodeStore = dataDirectory.resolve("data/databases/neo4j/neostore.nodestore.db");
        byte[] noise = new byte[(int) Files.size(nodeStore)];
        new java.util.Random(14).nextBytes(noise);
        Files.write(nodeStore, noise);
        err.reset();

        assertThat(load(realPlan)).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8).lines().filter(line -> !line.isBlank()).toList())
                .hasSize(2).satisfiesExactly(
                        message -> assertThat(message).startsWith("error: The database in " + dataDirectory)
                                .contains("its store files are damaged"),
                        action -> assertThat(action).contains("Restore the data folder from a backup"));
    }

    private int load(Object... arguments) {
        List<String> command = new java.util.ArrayList<>(List.of("load"));
        for (Object argument : arguments) {
            command.add(argument.toString());
        }
        command.add("--dutygraph.neo4j.embedded.data-directory=" + dataDirectory);
        return DutyGraphCommand.newCommandLine(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).execute(command.toArray(String[]::new));
    }

    private List<String> storeAnswers(String cypher) {
        DatabaseManagementService store = new DatabaseManagementServiceBuilder(dataDirectory)
                .setConfig(GraphDatabaseSettings.pagecache_memory, 8L * 1024 * 1024).build();
        try {
            return store.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME).executeTransactionally(cypher,
                    java.util.Map.of(), result -> result.stream().map(row -> (String) row.get("row")).toList());
        } finally {
            store.shutdown();
        }
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
