package io.dutygraph.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.dutygraph.ingest.PlanIngest;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import org.springframework.graphql.client.WebSocketGraphQlClient;
import org.springframework.web.reactive.socket.client.StandardWebSocketClient;

/** {@code subscription { plansChanged }} over WebSocket (graphql-ws) at /graphql: a plan load is announced. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PlanChangeSubscriptionTests {

    @LocalServerPort
    int port;

    @Autowired
    PlanIngest ingest;

    @Autowired
    PlanChangeController subscriptions;

    @Autowired
    ApiProperties api;

    @Test
    @SuppressWarnings("rawtypes")
    void reloadingThePlanIsAnnouncedAsReplacedEvenAfterTheRequestTimeout() throws Exception {
        WebSocketGraphQlClient client = WebSocketGraphQlClient.builder("ws://localhost:" + port + "/graphql",
                new StandardWebSocketClient()).build();
        try {
            CompletableFuture<Map> event = client.document("subscription { plansChanged { kind planId plan { id } } }")
                    .retrieveSubscription("plansChanged").toEntity(Map.class).next()
                    .timeout(Duration.ofMinutes(2)).toFuture();
            long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
            while (subscriptions.subscribers() == 0 && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            // A subscription outlives the request timeout (dutygraph.api.timeout stops queries, not subscriptions).
            Thread.sleep(api.timeout().toMillis() + 500);
            ingest.ingest(new ClassPathResource("plans/wujiang-2024.txt"));
            assertThat(event.get(2, TimeUnit.MINUTES)).containsEntry("kind", "REPLACED")
                    .containsEntry("planId", "wujiang-2024").containsEntry("plan", Map.of("id", "wujiang-2024"));
        } finally {
            client.stop().block(Duration.ofSeconds(10));
        }
    }
}
