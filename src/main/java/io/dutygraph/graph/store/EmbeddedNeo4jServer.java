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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
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
import org.springframework.beans.factory.SmartInitializingSingleton;

/**
 * A Neo4j server running inside this JVM. The app reads and writes it in-process; Bolt is open (always asking for a
 * password, see {@link BoltUsers}) for Neo4j Browser and cypher-shell, or closed ({@link BoltAccess#OFF}).
 */
final class EmbeddedNeo4jServer implements AutoCloseable, SmartInitializingSingleton {

    // Bolt waits 5 s for its threads and 5 s for open connections by default; shutdown drops from ~12 s to ~2 s.
    private static final Duration BOLT_SHUTDOWN_WAIT = Duration.ofMillis(500);
    // Recovery of a large store after a crash can take a while; a damaged one never becomes available.
    private static final Duration START_WAIT = Duration.ofSeconds(60);

    private final DatabaseManagementService managementService;
    private final Path home;
    private final URI boltUri;
    private final CompletableFuture<String> appPassword;

    private EmbeddedNeo4jServer(DatabaseManagementService managementService, Path home, URI boltUri,
            CompletableFuture<String> appPassword) {
        this.managementService = managementService;
        this.home = home;
        this.boltUri = boltUri;
        this.appPassword = appPassword;
    }

    /**
     * Starts the server with its Bolt accounts set up; fails with {@link EmbeddedNeo4jStartException} on a locked
     * folder or a taken port.
     */
    static EmbeddedNeo4jServer start(Neo4jProperties.Embedded settings) {
        EmbeddedNeo4jServer server = startSettingUpAccounts(settings);
        try {
            server.appPassword();
            return server;
        } catch (RuntimeException failure) {
            server.close();
            throw failure;
        }
    }

    /**
     * Starts the server and sets up its Bolt accounts beside what the caller does next: {@link #appPassword()} (and
     * in a Spring context, the end of its start) waits for them.
     */
    static EmbeddedNeo4jServer startSettingUpAccounts(Neo4jProperties.Embedded settings) {
        if (settings.boltAccess() == BoltAccess.OFF && !settings.inProcessReads()) {
            throw EmbeddedNeo4jStartException.badSetting("dutygraph.neo4j.embedded.in-process-reads", "false",
                    "it reads over Bolt, which dutygraph.neo4j.embedded.bolt-access=off does not open", null);
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
            BoltUsers.refuseBoltWritesWhenReadOnly(managementService, settings.boltAccess());
            // Resetting the accounts plans its first system-database Cypher cold (~1.5 s): it runs beside the rest of
            // the start-up, which waits for it before Spring's context is complete (afterSingletonsInstantiated).
            return new EmbeddedNeo4jServer(managementService, home, boltUri, CompletableFuture.supplyAsync(
                    () -> BoltUsers.apply(managementService, home, settings.boltAccess()), EmbeddedNeo4jServer::inThread));
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
            throw EmbeddedNeo4jStartException.badSetting(property, value, "not a size such as 64m or 1g", exception);
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
            if (cause instanceof IllegalArgumentException && cause.getMessage() != null) {
                for (var setting : givenSettings(settings).entrySet()) {
                    if (cause.getMessage().contains("setting '" + setting.getKey() + "'")) {
                        return EmbeddedNeo4jStartException.badSetting(setting.getValue().getKey(),
                                setting.getValue().getValue(), "Neo4j's " + setting.getKey() + " "
                                        + innermostMessage(cause), failure);
                    }
                }
            }
        }
        return failure;
    }

    /** Neo4j's settings that come from ours: Neo4j's name, and our property with the value given. */
    private static Map<String, Map.Entry<String, String>> givenSettings(Neo4jProperties.Embedded settings) {
        return Map.of(
                GraphDatabaseSettings.memory_transaction_global_max_size.name(),
                Map.entry("dutygraph.neo4j.embedded.transaction-memory", settings.transactionMemory()),
                GraphDatabaseSettings.pagecache_memory.name(),
                Map.entry("dutygraph.neo4j.embedded.page-cache", settings.pageCache()),
                BoltConnector.listen_address.name(),
                Map.entry("dutygraph.neo4j.embedded.bolt-address", settings.boltAddress()));
    }

    private static String innermostMessage(Throwable failure) {
        Throwable innermost = failure;
        while (innermost.getCause() != null && innermost.getCause().getMessage() != null) {
            innermost = innermost.getCause();
        }
        return innermost.getMessage();
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

    /**
     * The password of the app's own Bolt user ({@value BoltUsers#APP_USER}), for its driver, once the accounts are
     * set up; null when Bolt is off.
     */
    String appPassword() {
        if (appPassword == null) {
            return null;
        }
        try {
            return appPassword.join();
        } catch (CompletionException failure) {
            throw failure.getCause() instanceof RuntimeException cause ? cause : failure;
        }
    }

    /** The accounts are set up, or the start fails, before the context is complete: before HTTP and readiness. */
    @Override
    public void afterSingletonsInstantiated() {
        appPassword();
    }

    private static void inThread(Runnable task) {
        Thread thread = new Thread(task, "dutygraph-bolt-users");
        thread.setDaemon(true);
        thread.start();
    }

    /** The Neo4j home: stores, transaction logs and Neo4j's own logs. */
    Path home() {
        return home;
    }

    /** The Neo4j version running. */
    String version() {
        return Neo4jInternals.version();
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
