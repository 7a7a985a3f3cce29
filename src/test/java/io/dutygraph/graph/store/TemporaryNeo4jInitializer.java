package io.dutygraph.graph.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.springframework.beans.factory.support.DefaultSingletonBeanRegistry;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.util.FileSystemUtils;

/**
 * Gives every Spring context started by a test its own embedded Neo4j: any free Bolt port and a fresh temporary
 * data folder, deleted when the context closes. Registered for all tests in {@code META-INF/spring.factories} of
 * the test classpath, so tests never meet a running app on 7687 or its {@code ./data/neo4j}. The values rank
 * above {@code application.yml} but below a test's own properties, which can still override them.
 */
class TemporaryNeo4jInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        Path directory = createDirectory();
        context.getEnvironment().getPropertySources().addBefore(
                StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME,
                new MapPropertySource("temporaryNeo4j", Map.of(
                        "dutygraph.neo4j.embedded.bolt-port", "0",
                        "dutygraph.neo4j.embedded.data-directory", directory.toString())));
        // Registered before any bean exists, so destroyed after all of them, the embedded server included.
        ((DefaultSingletonBeanRegistry) context.getBeanFactory()).registerDisposableBean("temporaryNeo4jDirectory",
                () -> FileSystemUtils.deleteRecursively(directory));
    }

    private static Path createDirectory() {
        try {
            return Files.createTempDirectory("dutygraph-test-");
        } catch (IOException exception) {
            throw new UncheckedIOException(exception);
        }
    }
}
