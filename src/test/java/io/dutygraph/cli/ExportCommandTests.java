package io.dutygraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.dutygraph.export.ExportFiles;
import io.dutygraph.plan.reading.TestPlans;
import io.dutygraph.plan.targets.TargetReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;

class ExportCommandTests {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void exportsALoadedPlansTablesAndNetworkInEveryFormat() throws Exception {
        Path data = dir.resolve("data");
        assertThat(run("load", RealPlanFile.copyInto(dir).toString(), "--dutygraph.neo4j.embedded.data-directory=" + data,
                "--dutygraph.neo4j.embedded.bolt-port=0")).isZero();
        Path file = dir.resolve("targets.xlsx");

        assertThat(run("export", "--format", "xlsx", "--table", "targets", "--out", file.toString(),
                "--dutygraph.neo4j.embedded.data-directory=" + data, "--dutygraph.neo4j.embedded.bolt-port=0")).isZero();

        List<List<String>> rows = ExportFiles.xlsx(Files.readAllBytes(file));
        int targets = TestPlans.realPlan().tasks().stream().mapToInt(task -> TargetReader.read(task.text()).size()).sum();
        assertThat(rows).hasSize(1 + targets);
        assertThat(rows.get(1)).startsWith("wujiang-2024", "一");
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("wrote " + file + " (");

        Path csv = dir.resolve("assignments.csv");
        Path graphml = dir.resolve("network.graphml");
        Path gexf = dir.resolve("network.gexf");
        for (String[] export : new String[][] {{"csv", csv.toString()}, {"graphml", graphml.toString()},
                {"gexf", gexf.toString()}}) {
            assertThat(run("export", "--format", export[0], "--plan", "wujiang-2024", "--out", export[1],
                    "--dutygraph.neo4j.embedded.data-directory=" + data, "--dutygraph.neo4j.embedded.bolt-port=0")).isZero();
        }
        assertThat(ExportFiles.csv(Files.readAllBytes(csv))).hasSize(1 + TestPlans.realPlan().assignmentCount());
        int units = ExportFiles.xml(Files.readAllBytes(graphml))
                .getElementsByTagNameNS("http://graphml.graphdrawing.org/xmlns", "node").getLength();
        assertThat(units).isGreaterThan(50);
        assertThat(ExportFiles.xml(Files.readAllBytes(gexf)).getElementsByTagNameNS("http://www.gexf.net/1.2draft", "node")
                .getLength()).isEqualTo(units);
    }

    @Test
    void aTextLongerThanAnExcelCellIsCutWithAMarkerInXlsxAndKeptWholeInCsv() throws Exception {
        Path plan = RealPlanFile.copyInto(dir);
        List<String> lines = Files.readAllLines(plan);
        assertThat(lines.get(24)).isEqualTo("1.地区生产总值增长5%以上。");
        String text = "地区生产总值增长5%以上。" + "说明".repeat(20_000);
        lines.set(24, "1." + text);
        Files.write(plan, lines);
        Path data = dir.resolve("data");
        assertThat(run("load", plan.toString(), "--dutygraph.neo4j.embedded.data-directory=" + data)).isZero();
        Path xlsx = dir.resolve("assignments.xlsx");
        Path csv = dir.resolve("assignments.csv");

        assertThat(run("export", "--format", "xlsx", "--out", xlsx.toString(),
                "--dutygraph.neo4j.embedded.data-directory=" + data)).isZero();
        assertThat(run("export", "--format", "csv", "--out", csv.toString(),
                "--dutygraph.neo4j.embedded.data-directory=" + data)).isZero();

        String cell = ExportFiles.xlsx(Files.readAllBytes(xlsx)).get(1).get(6);
        assertThat(cell).hasSize(32_767).startsWith(text.substring(0, 30_000))
                .endsWith(" …[truncated: 40,013 characters in all, more than the 32,767 an Excel cell holds; "
                        + "the .csv export has the whole text]");
        assertThat(ExportFiles.csv(Files.readAllBytes(csv)).get(1).get(6)).isEqualTo(text);
    }

    @Test
    void anExportThatFailsLeavesNoFileAndAnEarlierFileAsItWas() throws Exception {
        Path data = dir.resolve("data");
        assertThat(run("load", RealPlanFile.copyInto(dir).toString(),
                "--dutygraph.neo4j.embedded.data-directory=" + data)).isZero();
        damageTheTextOfTaskOne(data);
        Path earlier = Files.writeString(dir.resolve("assignments.xlsx"), "last week's export");
        Path fresh = dir.resolve("assignments.csv");
        err.reset();

        assertThat(run("export", "--format", "xlsx", "--out", earlier.toString(),
                "--dutygraph.neo4j.embedded.data-directory=" + data)).isEqualTo(1);
        assertThat(run("export", "--format", "csv", "--out", fresh.toString(),
                "--dutygraph.neo4j.embedded.data-directory=" + data)).isEqualTo(1);

        assertThat(err.toString(StandardCharsets.UTF_8).lines()).containsExactly(
                "error: The export wujiang-2024-assignments.xlsx failed while reading the graph: Expected a String in a "
                        + "result row, found Long (no file was written)",
                "error: The export wujiang-2024-assignments.csv failed while reading the graph: Expected a String in a "
                        + "result row, found Long (no file was written)");
        assertThat(Files.readString(earlier)).isEqualTo("last week's export");
        assertThat(fresh).doesNotExist();
        try (var files = Files.list(dir)) {
            assertThat(files.map(file -> file.getFileName().toString())).containsExactlyInAnyOrder(
                    "assignments.xlsx", "data", RealPlanFile.NAME);
        }
    }

    /** A value of the wrong type where the export expects a text, as a damaged or hand-edited graph may hold. */
    private static void damageTheTextOfTaskOne(Path data) {
        DatabaseManagementService store = new DatabaseManagementServiceBuilder(data)
                .setConfig(GraphDatabaseSettings.pagecache_memory, 8L * 1024 * 1024).build();
        try {
            store.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME).executeTransactionally(
                    "MATCH (t:Task {planId: $plan, number: 1}) SET t.text = 42", Map.of("plan", "wujiang-2024"));
        } finally {
            store.shutdown();
        }
    }

    @Test
    void anUnknownPlanOrTableIsOneLineNamingItWithExitCode2() throws Exception {
        Path data = dir.resolve("data");
        assertThat(run("load", RealPlanFile.copyInto(dir).toString(),
                "--dutygraph.neo4j.embedded.data-directory=" + data)).isZero();
        err.reset();

        assertThat(run("export", "--format", "csv", "--plan", "nowhere-2024", "--out", dir.resolve("x.csv").toString(),
                "--dutygraph.neo4j.embedded.data-directory=" + data)).isEqualTo(DutyGraphCommand.EXIT_BAD_INPUT);
        assertThat(run("audit", "--plan", "nowhere-2024", "--dutygraph.neo4j.embedded.data-directory=" + data))
                .isEqualTo(DutyGraphCommand.EXIT_BAD_INPUT);
        assertThat(run("export", "--format", "csv", "--table", "budgets", "--out", dir.resolve("x.csv").toString(),
                "--dutygraph.neo4j.embedded.data-directory=" + data)).isEqualTo(DutyGraphCommand.EXIT_BAD_INPUT);

        assertThat(err.toString(StandardCharsets.UTF_8).lines()).containsExactly(
                "error: Unknown plan 'nowhere-2024'; loaded plans: wujiang-2024",
                "error: Unknown plan 'nowhere-2024'; loaded plans: wujiang-2024",
                "error: No export named 'budgets.csv'; exports are assignments.csv, assignments.xlsx, targets.csv, "
                        + "targets.xlsx, network.graphml and network.gexf");
        assertThat(dir.resolve("x.csv")).doesNotExist();
    }

    /** A killed export (SIGKILL) leaves its partial file; the next export into that folder removes it. */
    @Test
    void anExportRemovesThePartialFilesOfKilledExportsAndKeepsThoseOfRunningOnes() throws Exception {
        Path data = dir.resolve("data");
        assertThat(run("load", RealPlanFile.copyInto(dir).toString(),
                "--dutygraph.neo4j.embedded.data-directory=" + data)).isZero();
        Process ended = new ProcessBuilder("true").start();
        ended.waitFor();
        Path stale = Files.writeString(dir.resolve(".assignments.csv.partial-" + ended.pid()), "half a file");
        Path otherStale = Files.writeString(dir.resolve(".network.gexf.partial-" + ended.pid()), "<gexf");
        Process running = new ProcessBuilder("sleep", "120").start();
        try {
            Path live = Files.writeString(dir.resolve(".assignments.csv.partial-" + running.pid()), "being written");
            err.reset();

            assertThat(run("export", "--format", "csv", "--out", dir.resolve("assignments.csv").toString(),
                    "--dutygraph.neo4j.embedded.data-directory=" + data)).isZero();

            assertThat(stale).doesNotExist();
            assertThat(otherStale).doesNotExist();
            assertThat(live).hasContent("being written");
            assertThat(ExportFiles.csv(Files.readAllBytes(dir.resolve("assignments.csv"))))
                    .hasSize(1 + TestPlans.realPlan().assignmentCount());
            assertThat(err.toString(StandardCharsets.UTF_8).lines()).containsExactlyInAnyOrder(
                    "note: removed " + stale.getFileName() + ", left by an export that was killed",
                    "note: removed " + otherStale.getFileName() + ", left by an export that was killed");
            try (var files = Files.list(dir)) {
                assertThat(files.map(file -> file.getFileName().toString())).containsExactlyInAnyOrder(
                        "assignments.csv", "data", RealPlanFile.NAME, live.getFileName().toString());
            }
        } finally {
            running.destroy();
        }
    }

    @Test
    void refusesAnUnknownFormat() {
        assertThat(run("export", "--format", "pdf")).isEqualTo(DutyGraphCommand.EXIT_BAD_INPUT);
        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("error: --format must be csv, xlsx, graphml or gexf");
    }

    private int run(String... args) {
        return DutyGraphCommand.newCommandLine(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).execute(args);
    }
}
