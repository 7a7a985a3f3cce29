package io.dutygraph.graph.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dutygraph.DutyGraphApplication;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** The embedded server started before the context is built: taken over by the server bean, or shut down. */
class EarlyNeo4jStartTests {

    @TempDir
    Path dataDirectory;

    @Test
    void theServerBeanTakesOverTheServerStartedWithTheContext() {
        try (ConfigurableApplicationContext app = start("--dutygraph.neo4j.query-timeout=5s")) {
            assertThat(app.getBean(EarlyNeo4jStart.Handover.class).takenOver()).isTrue();
            assertThat(app.getBean(EmbeddedNeo4jServer.class).home()).isEqualTo(dataDirectory.toAbsolutePath());
        }
    }

    @Test
    void aContextThatFailsBeforeTakingItOverShutsItDown() {
        // query-timeout=0s binds here, but fails the validated properties the server bean needs: no bean takes over.
        assertThatThrownBy(() -> start("--dutygraph.neo4j.query-timeout=0s").close())
                .hasStackTraceContaining("queryTimeout");
        // The data folder is not left locked by a server nobody shuts down.
        try (EmbeddedNeo4jServer again = EmbeddedNeo4jServer.start(new Neo4jProperties.Embedded(true,
                dataDirectory.toString(), "localhost", 0, "8m", "64m", true, BoltAccess.OFF, List.of()))) {
            assertThat(again.database().isAvailable(1000)).isTrue();
        }
    }

    private ConfigurableApplicationContext start(String extra) {
        return new SpringApplicationBuilder(DutyGraphApplication.class).web(WebApplicationType.NONE)
                .run("--dutygraph.neo4j.embedded.data-directory=" + dataDirectory,
                        "--dutygraph.neo4j.embedded.bolt-access=off", "--dutygraph.plan.load-bundled-if-empty=false",
                        extra);
    }
}
