package io.dutygraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ParseCommandTests {

    @TempDir
    Path dir;

    private Path realPlan;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void copyTheRealPlan() throws IOException {
        realPlan = RealPlanFile.copyInto(dir);
    }

    @Test
    void printsTheRealPlanAsJson() {
        int exitCode = run("parse", realPlan.toString());

        JsonNode json = JsonMapper.builder().build().readTree(out());
        assertThat(exitCode).isZero();
        assertThat(err()).isEmpty();
        assertThat(json.get("tasks").size()).isEqualTo(118);
        assertThat(json.get("plan").get("declaredTaskCount").asInt()).isEqualTo(118);
        assertThat(json.get("plan").get("title").asString()).isEqualTo("区政府2024年重点工作目标任务分解落实方案");
        JsonNode first = json.get("tasks").get(0);
        assertThat(first.get("number").asInt()).isEqualTo(1);
        assertThat(first.get("leaders").get(0).asString()).isEqualTo("钱宇");
        assertThat(first.get("units").get(1).get("unit").asString()).isEqualTo("区统计局");
        assertThat(json.get("chapters").get(1).get("title").isNull()).isTrue();
    }

    @Test
    void listsDiagnosticsForHumans() {
        int exitCode = run("parse", "--diagnostics", realPlan.toString());

        assertThat(exitCode).isZero();
        assertThat(out().lines()).first().asString()
                .isEqualTo("wujiang-2024.txt: 118 tasks, 10 chapters, 29 sections, 67 units, 7 diagnostics");
        assertThat(out().lines()).anySatisfy(line -> assertThat(line).startsWith("wujiang-2024.txt:95: CHAPTER_TITLE_MISSING: "));
        assertThat(out().lines()).hasSize(8);
    }

    @Nested
    class BadInput {

        @Test
        void refusesAGbkFileWithOneErrorLineNamingIt() throws IOException {
            Path gbk = dir.resolve("gbk-plan.txt");
            Files.write(gbk, Files.readString(realPlan).getBytes(Charset.forName("GBK")));

            int exitCode = run("parse", gbk.toString());

            assertThat(exitCode).isEqualTo(DutyGraphCommand.EXIT_BAD_INPUT);
            assertThat(out()).isEmpty();
            assertThat(err().lines()).singleElement().asString()
                    .startsWith("error: " + gbk + ":1: not UTF-8")
                    .doesNotContain("Exception", "\tat ");
        }

        @Test
        void refusesProseWithOneErrorLineNamingIt() throws IOException {
            Path prose = Files.writeString(dir.resolve("notes.txt"), "这不是任务分解表。\n只是几行说明文字。\n");

            int exitCode = run("parse", "--diagnostics", prose.toString());

            assertThat(exitCode).isEqualTo(DutyGraphCommand.EXIT_BAD_INPUT);
            assertThat(err().lines()).singleElement().asString().startsWith("error: " + prose + ":1: no task table found");
        }

        @Test
        void refusesAMissingFile() {
            int exitCode = run("parse", dir.resolve("nowhere.txt").toString());

            assertThat(exitCode).isEqualTo(DutyGraphCommand.EXIT_BAD_INPUT);
            assertThat(out()).isEmpty();
            assertThat(err().lines()).singleElement().asString().isEqualTo("error: " + dir.resolve("nowhere.txt") + ": no such file");
        }

        @Test
        void refusesAnEmptyFile() throws IOException {
            Path empty = Files.createFile(dir.resolve("empty.txt"));

            int exitCode = run("parse", empty.toString());

            assertThat(exitCode).isEqualTo(DutyGraphCommand.EXIT_BAD_INPUT);
            assertThat(err().lines()).singleElement().asString().isEqualTo("error: " + empty + ":1: the file is empty");
        }

        @Test
        void namesTheFileAsGivenNotOnlyItsName() throws IOException {
            Path folder = Path.of("target", "parse-tests", dir.getFileName().toString());
            Path relative = folder.resolve("notes.txt");
            Files.createDirectories(folder);
            Files.writeString(relative, "这不是任务分解表。\n");
            try {
                assertThat(run("audit", relative.toString())).isEqualTo(DutyGraphCommand.EXIT_BAD_INPUT);
                assertThat(err().lines()).singleElement().asString()
                        .startsWith("error: " + relative + ":1: no task table found");
            } finally {
                Files.delete(relative);
                Files.delete(folder);
            }
        }

        @Test
        void refusesAMissingArgumentAsUsageError() {
            int exitCode = run("parse");

            assertThat(exitCode).isEqualTo(DutyGraphCommand.EXIT_BAD_INPUT);
            assertThat(err()).startsWith("error: Missing required parameter: 'FILE'");
        }
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
