package io.dutygraph.bench;

import io.dutygraph.DutyGraphApplication;
import io.dutygraph.graph.load.PlanLoader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.neo4j.driver.Driver;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;

/**
 * The application started inside the benchmark's JVM, as users run it: embedded Neo4j (in a fresh temporary
 * folder, larger page cache), HTTP on a free port, the bundled plan loaded at start-up.
 */
final class RunningApp implements ServedApp, AutoCloseable {

    private final Path dataDirectory;
    private final boolean keepData;
    private final ConfigurableApplicationContext context;

    RunningApp(String pageCache, String... extraArguments) {
        this(temporaryDirectory(), false, pageCache, extraArguments);
    }

    /** The app over a data folder that outlives it (an ingest run in another JVM, then queried here). */
    static RunningApp over(Path dataDirectory, String pageCache, String... extraArguments) {
        return new RunningApp(dataDirectory, true, pageCache, extraArguments);
    }

    private RunningApp(Path dataDirectory, boolean keepData, String pageCache, String... extraArguments) {
        this.dataDirectory = dataDirectory;
        this.keepData = keepData;
        List<String> arguments = new ArrayList<>(List.of(
                "--server.port=0", "--dutygraph.neo4j.embedded.bolt-port=0",
                "--dutygraph.neo4j.embedded.data-directory=" + dataDirectory,
                "--dutygraph.neo4j.embedded.page-cache=" + pageCache,
                "--logging.level.root=warn", "--logging.level.io.dutygraph=warn"));
        arguments.addAll(List.of(extraArguments));
        context = new SpringApplicationBuilder(DutyGraphApplication.class).run(arguments.toArray(String[]::new));
    }

    @Override
    public int httpPort() {
        return Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
    }

    @Override
    public Path dataDirectory() {
        return dataDirectory;
    }

    @Override
    public int boltPort() {
        return context.getBean(org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails.class).getUri().getPort();
    }

    @Override
    public Driver driver() {
        return context.getBean(Driver.class);
    }

    PlanLoader loader() {
        return context.getBean(PlanLoader.class);
    }

    <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    @Override
    public void close() {
        context.close();
        if (!keepData) {
            FileSystemUtils.deleteRecursively(dataDirectory.toFile());
        }
    }

    private static Path temporaryDirectory() {
        try {
            return Files.createTempDirectory("dutygraph-bench-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
