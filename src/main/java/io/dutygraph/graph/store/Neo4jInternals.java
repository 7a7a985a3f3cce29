package io.dutygraph.graph.store;

import inet.ipaddr.IPAddressString;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.neo4j.bolt.BoltServer;
import org.neo4j.bolt.protocol.common.connector.Connector;
import org.neo4j.bolt.protocol.common.connector.connection.Connection;
import org.neo4j.bolt.protocol.common.connector.listener.ConnectorListener;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.graphdb.config.Setting;
import org.neo4j.internal.helpers.HostnamePort;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.neo4j.kernel.internal.Version;

/**
 * The only place that touches Neo4j's internal (unsupported) API: nothing public tells which port Bolt bound when
 * asked for port 0, Bolt's shutdown waits and Cypher's URL block list are internal settings, the version is cheap
 * to read only from the kernel's manifest, and Bolt over WebSocket has no Origin check but through the connectors'
 * listeners. {@code Neo4jInternalsTests} fails on an upgrade
 * that changes any of them.
 */
final class Neo4jInternals {

    private Neo4jInternals() {
    }

    /** The version of the Neo4j jars, read from the kernel's manifest: no Cypher query, which cold costs ~0.2 s. */
    static String version() {
        return Version.getNeo4jVersion();
    }

    /** The port the Bolt connector actually listens on. */
    static int boundBoltPort(DatabaseManagementService managementService) {
        var system = (GraphDatabaseAPI) managementService.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
        HostnamePort bound = system.getDependencyResolver().resolveDependency(ConnectorPortRegister.class)
                .getLocalAddress(ConnectorType.BOLT);
        if (bound == null) {
            throw new IllegalStateException("Neo4j started without a Bolt connector");
        }
        return bound.getPort();
    }

    /**
     * Puts {@link WebSocketOriginCheck} first on every Bolt connection, so that web pages of other origins cannot
     * speak Bolt over WebSocket: Neo4j has no setting for it, but its Bolt connectors tell listeners of every new
     * connection while its channel is set up, before anything is read from it.
     */
    static void checkWebSocketOrigins(DatabaseManagementService managementService, Set<String> allowedOrigins) {
        var system = (GraphDatabaseAPI) managementService.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
        BoltServer bolt = system.getDependencyResolver().resolveDependency(BoltServer.class);
        for (Connector connector : bolt.getConnectors()) {
            connector.registerListener(new ConnectorListener() {
                @Override
                public void onConnectionCreated(Connection connection) {
                    connection.modifyPipeline(pipeline -> pipeline.addFirst(new WebSocketOriginCheck(allowedOrigins)));
                }
            });
        }
    }

    /** Cypher may fetch no URL at all ({@code LOAD CSV FROM 'http://…'}): every address is on the block list. */
    static void blockOutboundUrls(Map<Setting<?>, Object> config) {
        config.put(GraphDatabaseInternalSettings.cypher_ip_blocklist,
                List.of(new IPAddressString("0.0.0.0/0"), new IPAddressString("::/0")));
    }

    /** Bolt waits 5 s for its threads and 5 s for open connections by default; shortens both. */
    static void shortenBoltShutdown(Map<Setting<?>, Object> config, Duration wait) {
        config.put(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, wait);
        config.put(BoltConnectorInternalSettings.connection_shutdown_wait_time, wait);
    }
}
