package io.dutygraph.bench;

import io.dutygraph.DutyGraphApplication;
import io.dutygraph.graph.load.PlanLoader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.neo4j.driver.Driver;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;

/**
 * The application started inside the benchmark's JVM, as users run it: embedded Neo4j (in a fresh temporary
 * folder, larger page cache), HTTP on a free port, the bundled plan loaded at start-up.
 */
final class RunningApp implements AutoCloseable {

    private final Path dataDirectory;
    private final ConfigurableApplicationContext context;

    RunningApp(String pageCache) {
        try {
            dataDirectory = Files.createTempDirectory("dutygraph-bench-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        context = new SpringApplicationBuilder(DutyGraphApplication.class).run(
                "--server.port=0", "--dutygraph.neo4j.embedded.bolt-port=0",
                "--dutygraph.neo4j.embedded.data-directory=" + dataDirectory,
                "--dutygraph.neo4j.embedded.page-cache=" + pageCache,
                "--dutygraph.neo4j.embedded.transaction-memory=2g",
                "--logging.level.root=warn", "--logging.level.io.dutygraph=warn");
    }

    int httpPort() {
        return Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
    }

    Driver driver() {
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
        FileSystemUtils.deleteRecursively(dataDirectory.toFile());
    }
}
