package io.dutygraph.graph.store;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.PortBindException;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.config.Setting;
import org.neo4j.io.ByteUnit;
import org.neo4j.io.locker.FileLockException;

/**
 * A Neo4j server running inside this JVM. The app reads and writes it in-process; Bolt is open (always asking for a
 * password, see {@link BoltUsers}) for Neo4j Browser and cypher-shell, or closed ({@link BoltAccess#OFF}).
 */
final class EmbeddedNeo4jServer implements AutoCloseable {

    // Bolt waits 5 s for its threads and 5 s for open connections by default; shutdown drops from ~12 s to ~2 s.
    private static final Duration BOLT_SHUTDOWN_WAIT = Duration.ofMillis(500);
    // Recovery of a large store after a crash can take a while; a damaged one never becomes available.
    private static final Duration START_WAIT = Duration.ofSeconds(60);

    private final DatabaseManagementService managementService;
    private final Path home;
    private final URI boltUri;
    private final String appPassword;

    private EmbeddedNeo4jServer(DatabaseManagementService managementService, Path home, URI boltUri,
            String appPassword) {
        this.managementService = managementService;
        this.home = home;
        this.boltUri = boltUri;
        this.appPassword = appPassword;
    }

    /** Starts the server; fails with {@link EmbeddedNeo4jStartException} on a locked folder or a taken port. */
    static EmbeddedNeo4jServer start(Neo4jProperties.Embedded settings) {
        if (settings.boltAccess() == BoltAccess.OFF && !settings.inProcessReads()) {
            throw new IllegalArgumentException("dutygraph.neo4j.embedded.in-process-reads=false reads over Bolt, "
                    + "which dutygraph.neo4j.embedded.bolt-access=off does not open");
        }
        Path home = Path.of(settings.dataDirectory()).toAbsolutePath().normalize();
        requireWritable(home);
        DatabaseManagementService managementService;
        try {
            managementService = new DatabaseManagementServiceBuilder(home).setConfig(config(settings, home)).build();
        } catch (RuntimeException exception) {
            throw translate(exception, settings, home);
        }
        try {
            if (!managementService.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME).isAvailable(START_WAIT.toMillis())) {
                throw EmbeddedNeo4jStartException.unavailable(home);
            }
            if (settings.boltAccess() == BoltAccess.OFF) {
                return new EmbeddedNeo4jServer(managementService, home, null, null);
            }
            Neo4jInternals.checkWebSocketOrigins(managementService, Set.copyOf(settings.boltWebOrigins()));
            URI boltUri = URI.create("bolt://" + uriHost(settings.boltAddress()) + ":" + Neo4jInternals.boundBoltPort(managementService));
            String appPassword = BoltUsers.apply(managementService, home, settings.boltAccess());
            return new EmbeddedNeo4jServer(managementService, home, boltUri, appPassword);
        } catch (RuntimeException exception) {
            managementService.shutdown();
            throw exception;
        }
    }

    /** Neo4j reports a folder it cannot write as "locked by another process": say what it is. */
    private static void requireWritable(Path home) {
        try {
            Files.createDirectories(home);
            Files.deleteIfExists(Files.createTempFile(home, ".write-check", ""));
        } catch (IOException exception) {
            throw EmbeddedNeo4jStartException.readOnly(home, exception);
        }
    }

    private static Map<Setting<?>, Object> config(Neo4jProperties.Embedded settings, Path home) {
        Map<Setting<?>, Object> config = new HashMap<>();
        config.put(BoltConnector.enabled, settings.boltAccess() != BoltAccess.OFF);
        config.put(BoltConnector.listen_address, new SocketAddress(settings.boltAddress(), settings.boltPort()));
        config.put(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED);
        Neo4jInternals.shortenBoltShutdown(config, BOLT_SHUTDOWN_WAIT);
        config.put(HttpConnector.enabled, false);
        config.put(HttpsConnector.enabled, false);
        // Bolt always asks for a password (see BoltUsers); Cypher reads no local file and fetches no URL.
        config.put(GraphDatabaseSettings.auth_enabled, true);
        config.put(GraphDatabaseSettings.allow_file_urls, false);
        Neo4jInternals.blockOutboundUrls(config);
        config.put(GraphDatabaseSettings.logs_directory, home.resolve("logs"));
        // A plan is a few thousand nodes: preallocating 256 MB of transaction log per database (neo4j and system)
        // would make every data folder, test ones included, half a gigabyte.
        config.put(GraphDatabaseSettings.preallocate_logical_logs, false);
        config.put(GraphDatabaseSettings.pagecache_memory,
                bytes("dutygraph.neo4j.embedded.page-cache", settings.pageCache()));
        config.put(GraphDatabaseSettings.memory_transaction_global_max_size,
                transactionMemory(settings.transactionMemory(), Runtime.getRuntime().maxMemory()));
        return config;
    }

    /**
     * The transaction memory of {@code dutygraph.neo4j.embedded.transaction-memory}: {@code auto} is half the maximum
     * heap, at least 256 MiB. A plan is loaded in one transaction (a failed load changes nothing) whose memory grows
     * with the plan: a fixed 256 MiB refused plans of 10,000 tasks on a machine with gigabytes of heap.
     */
    static long transactionMemory(String setting, long maxHeap) {
        if ("auto".equals(setting)) {
            return Math.max(256L * 1024 * 1024, maxHeap / 2);
        }
        return bytes("dutygraph.neo4j.embedded.transaction-memory", setting);
    }

    private static long bytes(String property, String value) {
        try {
            return ByteUnit.parse(value);
        } catch (IllegalArgumentException exception) {
            throw new IllegalArgumentException(property + "=" + value + " is not a size such as 64m or 1g", exception);
        }
    }

    private static RuntimeException translate(RuntimeException failure, Neo4jProperties.Embedded settings, Path home) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof FileLockException) {
                return EmbeddedNeo4jStartException.locked(home, failure);
            }
            if (cause instanceof PortBindException) {
                return EmbeddedNeo4jStartException.portTaken(settings.boltAddress(), settings.boltPort(), failure);
            }
        }
        return failure;
    }

    /** A wildcard bind address is reachable on this machine as {@code localhost}. */
    private static String uriHost(String boltAddress) {
        try {
            if (InetAddress.getByName(boltAddress).isAnyLocalAddress()) {
                return "localhost";
            }
        } catch (UnknownHostException exception) {
            // Neo4j has already bound it, so the name resolves; keep it as configured if it somehow does not.
        }
        return boltAddress.contains(":") ? "[" + boltAddress + "]" : boltAddress;
    }

    /** Where Bolt listens, with the port actually bound (never 0); empty when Bolt is off. */
    Optional<URI> boltUri() {
        return Optional.ofNullable(boltUri);
    }

    /** The password of the app's own Bolt user ({@value BoltUsers#APP_USER}), for its driver; null when Bolt is off. */
    String appPassword() {
        return appPassword;
    }

    /** The Neo4j home: stores, transaction logs and Neo4j's own logs. */
    Path home() {
        return home;
    }

    /** The Neo4j version, as the server reports it. */
    String version() {
        return managementService.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME).executeTransactionally(
                "CALL dbms.components() YIELD versions RETURN versions[0] AS version", Map.of(),
                result -> String.valueOf(result.next().get("version")));
    }

    /** The default database, for in-JVM access (procedure registration, diagnostics). */
    GraphDatabaseService database() {
        return managementService.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
    }

    @Override
    public void close() {
        managementService.shutdown();
    }
}
