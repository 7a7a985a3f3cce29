package io.dutygraph.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.springframework.util.FileSystemUtils;

/**
 * Start-up as users meet it: a separate JVM starts the application on an empty data folder (so the bundled plan
 * is loaded), and the time until {@code /actuator/health} answers UP is taken, then its resident memory.
 */
final class StartupProbe {

    record Result(double secondsToReady, long rssKb, String heap, boolean emptyFolder) {
    }

    /** Built by {@code ./mvnw -Pcds package -DskipTests}; when present, start-up is measured as README runs it. */
    static final Path APP_JAR = Path.of("target/app/dutygraph.jar");
    static final Path CDS_ARCHIVE = Path.of("target/app/dutygraph.jsa");

    /**
     * The JVM options of README's run command and spring-boot:run (pom property {@code app.jvm.flags}): the serial
     * collector, a small initial heap, and glibc's freed C heap handed back (RSS after ready ~470 MB instead of ~650).
     */
    static final List<String> APP_JVM_OPTIONS = List.of("-XX:+UseSerialGC", "-Xms32m", "-XX:TrimNativeHeapInterval=5000");

    /** How the probe starts the app: with the AppCDS archive, or from the class path. */
    static String launch() {
        String options = String.join(" ", APP_JVM_OPTIONS);
        return Files.exists(CDS_ARCHIVE)
                ? "java " + options + " -XX:SharedArchiveFile=target/app/dutygraph.jsa -jar target/app/dutygraph.jar"
                : "java " + options + " -cp <test class path> (no AppCDS archive: ./mvnw -Pcds package -DskipTests builds it)";
    }

    private StartupProbe() {
    }

    static Result run(String heap) throws Exception {
        return run(heap, List.of()).get(0);
    }

    /**
     * Start-up on an empty data folder (the bundled plan is loaded), then again on the folder it left (nothing
     * to load); {@code jvmOptions} are added to the command (e.g. an AppCDS archive).
     */
    static List<Result> emptyThenExisting(String heap, List<String> jvmOptions) throws Exception {
        Path data = Files.createTempDirectory("dutygraph-startup-");
        try {
            return List.of(start(heap, jvmOptions, data, true), start(heap, jvmOptions, data, false));
        } finally {
            FileSystemUtils.deleteRecursively(data.toFile());
        }
    }

    static List<Result> run(String heap, List<String> jvmOptions) throws Exception {
        Path data = Files.createTempDirectory("dutygraph-startup-");
        try {
            return List.of(start(heap, jvmOptions, data, true));
        } finally {
            FileSystemUtils.deleteRecursively(data.toFile());
        }
    }

    private static int freePort() throws java.io.IOException {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static Result start(String heap, List<String> jvmOptions, Path data, boolean empty) throws Exception {
        int port = 18000 + (int) (ProcessHandle.current().pid() % 1000);
        List<String> command = new java.util.ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED", "--add-opens=java.base/java.nio=ALL-UNNAMED",
                "--add-opens=java.base/java.io=ALL-UNNAMED"));
        command.addAll(APP_JVM_OPTIONS);
        if (heap != null) {
            command.add("-Xmx" + heap);
        }
        command.addAll(jvmOptions);
        if (Files.exists(CDS_ARCHIVE)) {
            // As README's run command: the extracted jar with the AppCDS archive the cds profile built.
            command.addAll(List.of("-XX:SharedArchiveFile=" + CDS_ARCHIVE, "-Xlog:cds=off", "-jar", APP_JAR.toString()));
        } else {
            command.addAll(List.of("-cp", System.getProperty("java.class.path"), "io.dutygraph.cli.DutyGraphCommand"));
        }
        // A fixed Bolt port, as by default (7687, maybe taken here): with port 0 the driver would wait for the bound one.
        command.addAll(List.of("--server.port=" + port, "--dutygraph.neo4j.embedded.bolt-port=" + freePort(),
                "--dutygraph.neo4j.embedded.data-directory=" + data));
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest health = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health"))
                .timeout(Duration.ofSeconds(2)).build();
        long start = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(data.resolve(empty ? "startup-empty.log" : "startup-existing.log").toFile()).start();
        try {
            while (true) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("the application exited during start-up; see the log in " + data);
                }
                try {
                    HttpResponse<String> response = http.send(health, HttpResponse.BodyHandlers.ofString());
                    if (response.statusCode() == 200 && response.body().contains("\"UP\"")) {
                        break;
                    }
                } catch (java.io.IOException notYet) {
                    // not listening yet
                }
                if (System.nanoTime() - start > Duration.ofMinutes(3).toNanos()) {
                    throw new IllegalStateException("not ready after 3 minutes");
                }
                Thread.sleep(100);
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            Thread.sleep(2000);
            return new Result(seconds, ProcessMemory.rssKb(process.pid()), heap == null ? "default" : heap, empty);
        } finally {
            process.destroy();
            process.waitFor();
        }
    }
}
