package io.dutygraph.graph.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.dutygraph.graph.store.Neo4jProperties.Embedded;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.graphdb.config.Setting;

/**
 * The adapter over Neo4j's internal API against the Neo4j this build runs: an upgrade that moves or changes what it
 * uses fails here (or does not compile), not at a user's start-up.
 */
class Neo4jInternalsTests {

    @TempDir
    static Path home;

    static EmbeddedNeo4jServer server;

    @BeforeAll
    static void start() {
        server = EmbeddedNeo4jServer.start(new Embedded(true, home.toString(), "localhost", 0, "8m", "64m", true,
                BoltAccess.APP_ONLY, java.util.List.of()));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void boundBoltPortIsAPortThatAcceptsConnections() throws IOException {
        int port = server.boltUri().orElseThrow().getPort();
        assertThat(port).isBetween(1, 65535);
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("localhost", port), 2000);
            assertThat(socket.isConnected()).isTrue();
        }
    }

    @Test
    void shortenedBoltShutdownSetsTwoWaitsThatNeo4jKnows() {
        Map<Setting<?>, Object> config = new HashMap<>();
        Neo4jInternals.shortenBoltShutdown(config, Duration.ofMillis(500));
        assertThat(config).hasSize(2).containsValues(Duration.ofMillis(500));
        assertThat(config.keySet()).extracting(Setting::name)
                .allSatisfy(name -> assertThat(name).startsWith("internal.server.bolt.").contains("shutdown"));
    }

    @Test
    void serverReportsTheVersionThisBuildDependsOn() {
        assertThat(server.version()).isEqualTo(System.getProperty("neo4j.version"));
    }
}
