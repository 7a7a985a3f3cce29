package io.dutygraph.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.dutygraph.ingest.PlanIngest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;

/**
 * The API as real frontend clients use it: the Node tests in {@code src/test/node} (Apollo Client 4, graphql-ws)
 * against this app on a random port with the bundled plan. Needs {@code node} and {@code npm} on the PATH
 * (skipped with a message otherwise); {@code npm ci} runs when {@code node_modules} is missing or older than the
 * lock file. Once the subscription test has subscribed, this test loads the bundled plan again, which the Node
 * test must receive as a {@code plansChanged} event.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class NodeClientTests {

    static final Path FOLDER = Path.of("src/test/node");
    static final Duration TIMEOUT = Duration.ofMinutes(4);

    @LocalServerPort
    int port;

    @Autowired
    PlanIngest ingest;

    @Autowired
    PlanChangeController subscriptions;

    @BeforeAll
    static void nodeAndNpmAreInstalled() throws Exception {
        assumeTrue(runs("node", "--version") && runs("npm", "--version"),
                "node or npm is not on the PATH: the Node client tests (src/test/node) are skipped");
        Path installed = FOLDER.resolve("node_modules/.package-lock.json");
        if (!Files.exists(installed) || Files.getLastModifiedTime(installed)
                .compareTo(Files.getLastModifiedTime(FOLDER.resolve("package-lock.json"))) < 0) {
            assertThat(run(List.of("npm", "ci", "--no-audit", "--no-fund"), Path.of("target/npm-ci.log")))
                    .as("npm ci in src/test/node (see target/npm-ci.log)").isZero();
        }
    }

    @Test
    void apolloAndGraphqlWsClientsPass() throws Exception {
        Path log = Path.of("target/node-client-tests.log");
        ProcessBuilder node = new ProcessBuilder("node", "--test", "--test-reporter=spec").directory(FOLDER.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        node.environment().put("DUTYGRAPH_URL", "http://localhost:" + port + "/graphql");
        OpenSubscriptions.awaitNone(subscriptions);
        Process process = node.start();
        try {
            awaitSubscriber(process);
            ingest.ingest(new ClassPathResource("plans/wujiang-2024.txt"));
            boolean finished = process.waitFor(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            String output = Files.readString(log);
            System.out.println(output);
            assertThat(finished).as("node --test finished within " + TIMEOUT).isTrue();
            assertThat(process.exitValue()).as("node --test (output above, and in " + log + ")").isZero();
            assertThat(output).contains("plansChanged announces a plan load");
        } finally {
            process.destroyForcibly();
        }
    }

    private void awaitSubscriber(Process process) throws InterruptedException {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (subscriptions.subscribers() == 0 && process.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
    }

    private static boolean runs(String... command) {
        try {
            return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start().waitFor(30, TimeUnit.SECONDS);
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    private static int run(List<String> command, Path log) throws IOException, InterruptedException {
        Files.createDirectories(log.getParent());
        Process process = new ProcessBuilder(command).directory(FOLDER.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        return process.waitFor(TIMEOUT.toSeconds(), TimeUnit.SECONDS) ? process.exitValue() : -1;
    }
}
