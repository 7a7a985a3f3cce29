package io.dutygraph.graph.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.dutygraph.graph.store.Neo4jProperties.Embedded;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

/** A damaged or unwritable data folder is reported as what it is, never as a healthy, empty graph. */
class StoreFaultTests {

    private static final String PLAN = """
            CREATE (p:Plan {id: 'wujiang-2024', jurisdiction: '苏州市吴江区', source: 'wujiang-2024.txt',
                    loadedAt: datetime()})
            CREATE (p)-[:OF_JURISDICTION]->(:Jurisdiction {name: '苏州市吴江区'})
            WITH p UNWIND range(1, 118) AS n CREATE (:Task {planId: p.id, number: n, text: '任务' + n})""";

    private static EmbeddedNeo4jServer start(Path home) {
        return EmbeddedNeo4jServer.start(new Embedded(true, home.toString(), "localhost", 0, "8m", "64m", true,
                BoltAccess.APP_ONLY, java.util.List.of()));
    }

    private static Health storeHealth(EmbeddedNeo4jServer server) {
        var reader = new InProcessGraphReader(server.database(), new CypherStatements(StoreFaultTests.class.getClassLoader()),
                Duration.ofSeconds(10));
        return new StoreCheck(reader, event -> { }).health();
    }

    @Test
    void aStoreAsALoadWritesItIsHealthy(@TempDir Path home) {
        try (EmbeddedNeo4jServer server = start(home)) {
            server.database().executeTransactionally(PLAN);
            assertThat(storeHealth(server).getStatus()).isEqualTo(Status.UP);
        }
    }

    @Test
    void aPlantedPlanMakesTheStoreUnhealthyNamingIt(@TempDir Path home) {
        try (EmbeddedNeo4jServer server = start(home)) {
            server.database().executeTransactionally(PLAN);
            server.database().executeTransactionally("CREATE (:Plan {loadedAt: '2099-01-01'})");
            Health health = storeHealth(server);
            assertThat(health.getStatus()).isEqualTo(Status.DOWN);
            assertThat(health.getDetails().get("reason")).asString().contains("(no id)");
        }
    }

    @Test
    void randomBytesOverTheNodeStoreAreNeverReportedHealthy(@TempDir Path home) throws IOException {
        try (EmbeddedNeo4jServer server = start(home)) {
            server.database().executeTransactionally(PLAN);
        }
        Path nodeStore = home.resolve("data/databases/neo4j/neostore.nodestore.db");
        byte[] noise = new byte[(int) Files.size(nodeStore)];
        new Random(14).nextBytes(noise);
        Files.write(nodeStore, noise);
        try (EmbeddedNeo4jServer server = start(home)) {
            Health health = storeHealth(server);
            assertThat(health.getStatus()).isEqualTo(Status.DOWN);
            assertThat(health.getDetails().get("reason")).asString().containsAnyOf("plans not as a load writes them",
                    "the graph cannot be read");
        } catch (EmbeddedNeo4jStartException refused) {
            assertThat(refused.getMessage()).contains(home.toString(), "damaged");
        }
    }

    @Test
    void aDataFolderThatCannotBeWrittenIsSaidToBeSoNotLocked(@TempDir Path dir) throws IOException {
        Path notAFolder = Files.writeString(dir.resolve("plain-file"), "x");
        Path home = notAFolder.resolve("neo4j");
        assertThatExceptionOfType(EmbeddedNeo4jStartException.class).isThrownBy(() -> start(home))
                .withMessageContaining(home + " cannot be written (")
                .withMessageNotContaining(".write-check")
                .withMessageNotContaining("locked")
                .satisfies(e -> assertThat(e.action()).contains("write access"));
    }

    @Test
    void theStoreCheckAnswersWithoutTheGraphsHelp(@TempDir Path home) {
        GraphReader failing = (statement, parameters) -> {
            throw new IllegalStateException("Database 'neo4j' is unavailable.\nRetrying may succeed");
        };
        Health health = new StoreCheck(failing, event -> { }).health();
        assertThat(health.getStatus()).isEqualTo(Status.DOWN);
        assertThat(health.getDetails().get("reason")).asString().contains("the graph cannot be read", "unavailable")
                .doesNotContain("Retrying");
    }
}
