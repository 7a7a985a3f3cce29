package io.dutygraph.graph.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.driver.Driver;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.FileSystemUtils;

/** External mode is configuration only: the app's ordinary driver talks to a server it did not start. */
@SpringBootTest(properties = "dutygraph.neo4j.embedded.enabled=false")
@DirtiesContext
class ExternalNeo4jTests {

    private static final Path HOME = createHome();

    private static final DatabaseManagementService EXTERNAL = new DatabaseManagementServiceBuilder(HOME)
            .setConfig(Map.of(BoltConnector.enabled, true, BoltConnector.listen_address,
                    new SocketAddress("localhost", 0), BoltConnector.encryption_level,
                    BoltConnector.EncryptionLevel.DISABLED, HttpConnector.enabled, false,
                    GraphDatabaseSettings.auth_enabled, false,
                    BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofMillis(500),
                    BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofMillis(500)))
            .build();

    @DynamicPropertySource
    static void pointAtTheExternalServer(DynamicPropertyRegistry registry) {
        registry.add("spring.neo4j.uri", () -> "bolt://localhost:" + boltPort());
    }

    @AfterAll
    static void stopTheExternalServer() {
        EXTERNAL.shutdown();
        FileSystemUtils.deleteRecursively(HOME.toFile());
    }

    @Autowired
    Driver driver;

    @Autowired
    ApplicationContext context;

    @Test
    void appDoesNotStartAnEmbeddedServer() {
        assertThat(context.getBeansOfType(EmbeddedNeo4jServer.class)).isEmpty();
        assertThat(context.getBeansOfType(EmbeddedNeo4jConfiguration.class)).isEmpty();
    }

    @Test
    void nodeWrittenThroughTheAppsDriverIsInTheExternalServer() {
        driver.executableQuery("CREATE (:Plan {id: $id})").withParameters(Map.of("id", "external-check")).execute();
        GraphDatabaseService database = EXTERNAL.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
        long found = database.executeTransactionally("MATCH (p:Plan {id: $id}) RETURN count(p) AS n",
                Map.of("id", "external-check"), result -> (Long) result.next().get("n"));
        assertThat(found).isOne();
    }

    @Test
    void schemaIsAppliedToTheExternalServerToo() {
        GraphDatabaseService database = EXTERNAL.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
        long constraints = database.executeTransactionally("SHOW CONSTRAINTS YIELD name RETURN count(*) AS n",
                Map.of(), result -> (Long) result.next().get("n"));
        assertThat(constraints).isEqualTo(10);
    }

    private static int boltPort() {
        return ((GraphDatabaseAPI) EXTERNAL.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME))
                .getDependencyResolver().resolveDependency(ConnectorPortRegister.class)
                .getLocalAddress(ConnectorType.BOLT).getPort();
    }

    private static Path createHome() {
        try {
            return Files.createTempDirectory("dutygraph-external-");
        } catch (IOException exception) {
            throw new IllegalStateException(exception);
        }
    }
}
