package io.dutygraph.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.springframework.util.FileSystemUtils;

/**
 * The application as users run it: a JVM of its own started by README's command (the app's JVM options, the
 * AppCDS jar when built), on a fresh data folder, so the bundled plan is loaded; ready when readiness is UP. The
 * benchmark's clients (HTTP, the Cypher driver, the peer) stay outside it, as they would in a deployment: inside
 * the benchmark's JVM the client's allocations and JIT shared the server's heap, collector and code cache.
 * Cypher goes through Bolt as the read-only user ({@code bolt-access=read-only}).
 */
final class AppProcess implements ServedApp, AutoCloseable {

    private final Process process;
    private final Path dataDirectory;
    private final int httpPort;
    private final int boltPort;
    private final double secondsToReady;
    private Driver driver;

    private AppProcess(Process process, Path dataDirectory, int httpPort, int boltPort, double secondsToReady) {
        this.process = process;
        this.dataDirectory = dataDirectory;
        this.httpPort = httpPort;
        this.boltPort = boltPort;
        this.secondsToReady = secondsToReady;
    }

    /** Started on a fresh temporary data folder, deleted on close; {@code arguments} are added to the app's. */
    static AppProcess start(String... arguments) throws Exception {
        return start(Files.createTempDirectory("dutygraph-app-"), null, List.of(), arguments);
    }

    /** Started on {@code data} with the given maximum heap (null: the JVM's default) and extra JVM options. */
    static AppProcess start(Path data, String heap, List<String> jvmOptions, String... arguments) throws Exception {
        int httpPort = freePort();
        int boltPort = freePort();
        List<String> command = command(heap, jvmOptions);
        command.addAll(List.of("--server.port=" + httpPort, "--dutygraph.neo4j.embedded.bolt-port=" + boltPort,
                "--dutygraph.neo4j.embedded.data-directory=" + data));
        command.addAll(List.of(arguments));
        long start = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(data.resolveSibling(data.getFileName() + ".log").toFile()).start();
        try {
            awaitReady(process, httpPort, start, data);
        } catch (Exception e) {
            process.destroyForcibly();
            throw e;
        }
        return new AppProcess(process, data, httpPort, boltPort, (System.nanoTime() - start) / 1e9);
    }

    /** README's run command: the app's JVM options and, when built, the extracted jar with its AppCDS archive. */
    static List<String> command(String heap, List<String> jvmOptions) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED", "--add-opens=java.base/java.nio=ALL-UNNAMED",
                "--add-opens=java.base/java.io=ALL-UNNAMED"));
        command.addAll(StartupProbe.APP_JVM_OPTIONS);
        if (heap != null) {
            command.add("-Xmx" + heap);
        }
        command.addAll(jvmOptions);
        if (Files.exists(StartupProbe.CDS_ARCHIVE)) {
            command.addAll(List.of("-XX:SharedArchiveFile=" + StartupProbe.CDS_ARCHIVE, "-Xlog:cds=off", "-jar",
                    StartupProbe.APP_JAR.toString()));
        } else {
            command.addAll(List.of("-cp", System.getProperty("java.class.path"), "io.dutygraph.cli.DutyGraphCommand"));
        }
        return command;
    }

    private static void awaitReady(Process process, int httpPort, long start, Path data) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest readiness = HttpRequest.newBuilder(URI.create("http://localhost:" + httpPort
                + "/actuator/health/readiness")).timeout(Duration.ofSeconds(2)).build();
        while (true) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the application exited during start-up; see " + data + ".log");
            }
            try {
                HttpResponse<String> response = http.send(readiness, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200 && response.body().contains("\"UP\"")) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            if (System.nanoTime() - start > Duration.ofMinutes(3).toNanos()) {
                throw new IllegalStateException("not ready after 3 minutes; see " + data + ".log");
            }
            Thread.sleep(100);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    double secondsToReady() {
        return secondsToReady;
    }

    long pid() {
        return process.pid();
    }

    @Override
    public int httpPort() {
        return httpPort;
    }

    @Override
    public int boltPort() {
        return boltPort;
    }

    @Override
    public Path dataDirectory() {
        return dataDirectory;
    }

    /** A driver as the read-only user (the app started with {@code bolt-access=read-only}). */
    @Override
    public synchronized Driver driver() {
        if (driver == null) {
            try {
                String password = readerPassword();
                driver = GraphDatabase.driver("bolt://localhost:" + boltPort, AuthTokens.basic("reader", password));
            } catch (IOException e) {
                throw new IllegalStateException("no read-only Bolt account: start the app with bolt-access=read-only", e);
            }
        }
        return driver;
    }

    /** Stops the app and, unless {@code keepData}, deletes its data folder. */
    void stop(boolean keepData) throws InterruptedException {
        if (driver != null) {
            driver.close();
        }
        process.destroy();
        process.waitFor();
        if (!keepData) {
            FileSystemUtils.deleteRecursively(dataDirectory.toFile());
        }
        try {
            Files.deleteIfExists(dataDirectory.resolveSibling(dataDirectory.getFileName() + ".log"));
        } catch (IOException ignored) {
            // only the log of a finished run
        }
    }

    @Override
    public void close() throws InterruptedException {
        stop(false);
    }
}
