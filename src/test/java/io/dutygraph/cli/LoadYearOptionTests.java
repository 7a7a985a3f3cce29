package io.dutygraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code load --year} takes only a year a plan can be for; any other is a usage error before anything is read. */
class LoadYearOptionTests {

    @TempDir
    Path dir;

    @Test
    void aYearNoPlanCanBeForIsRefusedWithTheAcceptedRangeAndExitCodeTwo() throws IOException {
        Path plan = RealPlanFile.copyInto(dir);
        Path data = dir.resolve("neo4j");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int exit = DutyGraphCommand.newCommandLine(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).execute("load", plan.toString(), "--year", "99999",
                "--dutygraph.neo4j.embedded.data-directory=" + data);

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8).lines().findFirst()).contains(
                "error: --year: the year 99999 is not a plan's year: give a year from 1900 to 2099 (e.g. 2024)");
        assertThat(out.toString(StandardCharsets.UTF_8)).doesNotContain("loaded");
        assertThat(data).doesNotExist();
    }
}
