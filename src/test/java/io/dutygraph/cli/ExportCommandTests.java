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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
    void refusesAnUnknownFormat() {
        assertThat(run("export", "--format", "pdf")).isEqualTo(DutyGraphCommand.EXIT_BAD_INPUT);
        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("error: --format must be csv, xlsx, graphml or gexf");
    }

    private int run(String... args) {
        return DutyGraphCommand.newCommandLine(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).execute(args);
    }
}
