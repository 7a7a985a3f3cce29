package io.dutygraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import org.springframework.graphql.client.WebSocketGraphQlClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.reactive.socket.client.StandardWebSocketClient;

/**
 * A running server with {@code dutygraph.plan.watch} loads a plan file written into that folder, and its
 * {@code plansChanged} subscribers hear of it; a file that is no plan is skipped and the watch goes on.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PlanFolderWatchTests {

    static final Path WATCHED = temporaryFolder();

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void watch(DynamicPropertyRegistry registry) {
        registry.add("dutygraph.plan.watch", WATCHED::toString);
    }

    @Test
    @SuppressWarnings("rawtypes")
    void aPlanWrittenIntoTheWatchedFolderIsLoadedAndAnnounced() throws Exception {
        WebSocketGraphQlClient client = WebSocketGraphQlClient.builder("ws://localhost:" + port + "/graphql",
                new StandardWebSocketClient()).build();
        try {
            CompletableFuture<Map> event = client.document("subscription { plansChanged { kind planId } }")
                    .retrieveSubscription("plansChanged").toEntity(Map.class).next()
                    .timeout(Duration.ofMinutes(2)).toFuture();
            // The subscription is open once a later query over the same socket has been answered.
            client.document("{ plans { id } }").execute().block(Duration.ofMinutes(1));
            Files.writeString(WATCHED.resolve("not-a-plan.txt"), "这不是一个计划。", StandardCharsets.UTF_8);
            Files.writeString(WATCHED.resolve("notes.md"), "skipped: not a plan file type", StandardCharsets.UTF_8);
            Files.write(WATCHED.resolve("wujiang-2024.txt"),
                    new ClassPathResource("plans/wujiang-2024.txt").getContentAsByteArray());
            assertThat(event.get(2, TimeUnit.MINUTES)).containsEntry("kind", "REPLACED")
                    .containsEntry("planId", "wujiang-2024");
        } finally {
            client.stop().block(Duration.ofSeconds(10));
        }
    }

    private static Path temporaryFolder() {
        try {
            return Files.createTempDirectory("dutygraph-watch-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
