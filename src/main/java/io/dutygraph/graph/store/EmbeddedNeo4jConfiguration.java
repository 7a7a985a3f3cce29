package io.dutygraph.graph.store;

import java.net.URI;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.neo4j.driver.AuthTokenManager;
import org.neo4j.driver.AuthTokenManagers;
import org.neo4j.driver.AuthTokens;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * Starts Neo4j inside the JVM. The app reads and writes it in-process; Boot's Neo4j auto-configuration is told where
 * its Bolt connector listens, so the ordinary driver reaches it too (reads over Bolt when
 * {@code in-process-reads=false}, and tests). The driver depends on the connection details, which depend on the
 * server: the server starts before the driver and stops after it.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty(name = "dutygraph.neo4j.embedded.enabled", matchIfMissing = true)
class EmbeddedNeo4jConfiguration {

    private static final Log logger = LogFactory.getLog(EmbeddedNeo4jConfiguration.class);

    /** Where nothing listens: the driver of a process with Bolt off is never used, and could reach nothing. */
    private static final URI NO_BOLT = URI.create("bolt://localhost:0");

    @Bean(destroyMethod = "close")
    EmbeddedNeo4jServer embeddedNeo4jServer(Neo4jProperties properties) {
        EmbeddedNeo4jServer server = EmbeddedNeo4jServer.startSettingUpAccounts(properties.embedded());
        logger.info("Neo4j " + server.version() + " embedded: data in " + server.home() + ", " + boltAccess(server,
                properties.embedded().boltAccess()));
        return server;
    }

    private static String boltAccess(EmbeddedNeo4jServer server, BoltAccess access) {
        String bolt = server.boltUri().map(uri -> "Bolt at " + uri + " ").orElse("");
        return bolt + switch (access) {
            case OFF -> "Bolt off (read and written in this process only)";
            case APP_ONLY -> "for the app only (dutygraph.neo4j.embedded.bolt-access=read-only lets Neo4j Browser read)";
            case READ_ONLY -> "— Neo4j Browser / cypher-shell: user reader, read-only, password in "
                    + server.home().resolve("bolt-reader.password");
            case READ_WRITE -> "— Neo4j Browser / cypher-shell: user neo4j, full access, password in "
                    + server.home().resolve("bolt-neo4j.password");
        };
    }

    /** Reads run in-process on the embedded database, without a Bolt round trip per statement. */
    @Bean
    @Primary
    @ConditionalOnBooleanProperty(name = "dutygraph.neo4j.embedded.in-process-reads", matchIfMissing = true)
    GraphReader inProcessGraphReader(EmbeddedNeo4jServer server, CypherStatements statements,
            Neo4jProperties properties) {
        return new InProcessGraphReader(server.database(), statements, properties.queryTimeout());
    }

    /** Loads, migrations and the schema write in-process: loading needs no Bolt connector. */
    @Bean
    InProcessGraphWriter inProcessGraphWriter(EmbeddedNeo4jServer server, CypherStatements statements) {
        return new InProcessGraphWriter(server.database(), statements);
    }

    @Bean
    Neo4jConnectionDetails embeddedNeo4jConnectionDetails(EmbeddedNeo4jServer server) {
        URI boltUri = server.boltUri().orElse(NO_BOLT);
        // The password is asked for at the driver's first connection, not when the driver is built: the accounts
        // are still being set up then (EmbeddedNeo4jServer).
        AuthTokenManager appLogin = AuthTokenManagers.basic(() -> server.boltUri().isEmpty() ? AuthTokens.none()
                : AuthTokens.basic(BoltUsers.APP_USER, server.appPassword()));
        return new Neo4jConnectionDetails() {
            @Override
            public URI getUri() {
                return boltUri;
            }

            @Override
            public AuthTokenManager getAuthTokenManager() {
                return appLogin;
            }
        };
    }
}
