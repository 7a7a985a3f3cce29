package io.dutygraph.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.util.FileSystemUtils;

/**
 * Start-up as users meet it: a separate JVM starts the application on an empty data folder (so the bundled plan
 * is loaded), and the time until readiness answers UP is taken ({@link AppProcess}), then its resident memory.
 */
final class StartupProbe {

    record Result(double secondsToReady, long rssKb, String heap, boolean emptyFolder) {
    }

    /** Built by {@code ./mvnw -Pcds package -DskipTests}; when present, start-up is measured as README runs it. */
    static final Path APP_JAR = Path.of("target/app/dutygraph.jar");
    static final Path CDS_ARCHIVE = Path.of("target/app/dutygraph.jsa");

    private static final Pattern APP_JVM_FLAGS = Pattern.compile("<app\\.jvm\\.flags>([^<]+)</app\\.jvm\\.flags>");

    /**
     * The JVM options of README's run command and spring-boot:run, read from their one definition, the pom property
     * {@code app.jvm.flags} (the benchmark runs in the project folder): the serial collector, a small initial heap,
     * no full collection for class metadata below 128 MB, and glibc's freed C heap handed back.
     */
    static final List<String> APP_JVM_OPTIONS = appJvmOptions(Path.of("pom.xml"));

    static List<String> appJvmOptions(Path pom) {
        try {
            Matcher flags = APP_JVM_FLAGS.matcher(Files.readString(pom));
            if (!flags.find()) {
                throw new IllegalStateException(pom + " defines no property app.jvm.flags");
            }
            return List.of(flags.group(1).trim().split("\\s+"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the app's JVM options from " + pom, e);
        }
    }

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

    private static Result start(String heap, List<String> jvmOptions, Path data, boolean empty) throws Exception {
        AppProcess app = AppProcess.start(data, heap, jvmOptions);
        try {
            Thread.sleep(2000);
            return new Result(app.secondsToReady(), ProcessMemory.rssKb(app.pid()), heap == null ? "default" : heap, empty);
        } finally {
            app.stop(true);
        }
    }
}
