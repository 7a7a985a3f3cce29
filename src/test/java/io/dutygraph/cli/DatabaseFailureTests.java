package io.dutygraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * A database the commands cannot open — an external server unreachable or refusing the login, a setting Neo4j or the
 * configuration refuses — is one {@code error:} line naming the problem, the key to change on the next, exit code 2,
 * and no stack trace; the same for load, audit and export.
 */
@ExtendWith(OutputCaptureExtension.class)
class DatabaseFailureTests {

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
    void anUnreachableExternalServerIsOneLineNamingItsUriForLoadAuditAndExport(CapturedOutput log) throws IOException {
        String uri = "bolt://localhost:" + portNobodyListensOn();
        List<List<String>> commands = List.of(List.of("load", realPlan.toString()),
                List.of("audit", "--plan", "wujiang-2024"), List.of("export", "--format", "csv"));
        for (List<String> command : commands) {
            err.reset();
            assertThat(run(command, "--dutygraph.neo4j.embedded.enabled=false", "--spring.neo4j.uri=" + uri))
                    .as(command.get(0)).isEqualTo(DutyGraphCommand.EXIT_BAD_INPUT);
            assertThat(errorLines()).as(command.get(0)).containsExactly(
                    "error: The Neo4j server at " + uri + " cannot be reached (Connection refused)",
                    "  Start that server, or set spring.neo4j.uri to its address (or leave out "
                            + "dutygraph.neo4j.embedded.enabled=false to use the embedded database)");
        }
        err.reset();
        assertThat(run(List.of("load", realPlan.toString()), "--dutygraph.neo4j.embedded.enabled=false",
                "--spring.neo4j.uri=neo4j://nohost.invalid:7687")).isEqualTo(DutyGraphCommand.EXIT_BAD_INPUT);
        assertThat(errorLines()).first().asString().startsWith(
                "error: The Neo4j server at neo4j://nohost.invalid:7687 cannot be reached (unknown host nohost.invalid");
        assertNoStackTrace(log);
    }

    @Test
    void aWrongPasswordIsOneLineNamingTheUserAndTheKeys(CapturedOutput log) {
        DatabaseManagementService server = new DatabaseManagementServiceBuilder(dir.resolve("server"))
                .setConfig(GraphDatabaseSettings.pagecache_memory, 8L * 1024 * 1024)
                .setConfig(GraphDatabaseSettings.auth_enabled, true)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress("localhost", 0)).build();
        try {
            String uri = "bolt://localhost:" + boltPort(server);
            assertThat(run(List.of("load", realPlan.toString()), "--dutygraph.neo4j.embedded.enabled=false",
                    "--spring.neo4j.uri=" + uri, "--spring.neo4j.authentication.username=neo4j",
                    "--spring.neo4j.authentication.password=wrong")).isEqualTo(DutyGraphCommand.EXIT_BAD_INPUT);
            assertThat(errorLines()).containsExactly(
                    "error: The Neo4j server at " + uri + " refused the login of user 'neo4j': wrong user name or password",
                    "  Set spring.neo4j.authentication.username and spring.neo4j.authentication.password to an account "
                            + "of that server");
        } finally {
            server.shutdown();
        }
        assertNoStackTrace(log);
    }

    @Test
    void aTransactionMemoryNeo4jRefusesNamesTheKey(CapturedOutput log) {
        assertThat(run(List.of("load", realPlan.toString()), "--dutygraph.neo4j.embedded.data-directory=" + dir.resolve("data"),
                "--dutygraph.neo4j.embedded.transaction-memory=1k")).isEqualTo(DutyGraphCommand.EXIT_BAD_INPUT);
        assertThat(errorLines()).hasSize(2).satisfiesExactly(
                message -> assertThat(message).startsWith(
                        "error: dutygraph.neo4j.embedded.transaction-memory=1k is refused: Neo4j's "
                                + "dbms.memory.transaction.total.max ").contains("minimum `10.00MiB`"),
                action -> assertThat(action).isEqualTo(
                        "  Set dutygraph.neo4j.embedded.transaction-memory to a valid value (README, Configuration)"));
        assertNoStackTrace(log);
    }

    @Test
    void aSettingTheConfigurationRefusesNamesTheKeyTheValueAndTheRule(CapturedOutput log) {
        assertThat(run(List.of("load", realPlan.toString()),
                "--dutygraph.neo4j.embedded.data-directory=" + dir.resolve("data"),
                "--dutygraph.neo4j.embedded.transaction-memory=lots")).isEqualTo(DutyGraphCommand.EXIT_BAD_INPUT);
        assertThat(errorLines()).hasSize(2).satisfiesExactly(
                message -> assertThat(message).isEqualTo("error: dutygraph.neo4j.embedded.transaction-memory=lots: "
                        + "must be auto or a size such as 256m or 1g"),
                action -> assertThat(action).startsWith("  Fix the setting (README, Configuration)"));
        assertNoStackTrace(log);
    }

    @Test
    void debugPrintsTheStackTrace() throws IOException {
        String uri = "bolt://localhost:" + portNobodyListensOn();
        assertThat(run(List.of("export", "--format", "csv"), "--dutygraph.neo4j.embedded.enabled=false",
                "--spring.neo4j.uri=" + uri, "--debug")).isEqualTo(DutyGraphCommand.EXIT_BAD_INPUT);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("\tat ", "GraphStartException")
                .contains("error: The Neo4j server at " + uri + " cannot be reached");
    }

    private static void assertNoStackTrace(CapturedOutput log) {
        assertThat(log.getAll()).doesNotContain("\tat ", "Application run failed", "APPLICATION FAILED TO START");
    }

    private static int portNobodyListensOn() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static int boltPort(DatabaseManagementService server) {
        var system = (GraphDatabaseAPI) server.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
        return system.getDependencyResolver().resolveDependency(ConnectorPortRegister.class)
                .getLocalAddress(ConnectorType.BOLT).getPort();
    }

    private int run(List<String> command, String... settings) {
        List<String> arguments = new ArrayList<>(command);
        arguments.addAll(List.of(settings));
        return DutyGraphCommand.newCommandLine(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).execute(arguments.toArray(String[]::new));
    }

    private List<String> errorLines() {
        return err.toString(StandardCharsets.UTF_8).lines().filter(line -> !line.isBlank()).toList();
    }
}
