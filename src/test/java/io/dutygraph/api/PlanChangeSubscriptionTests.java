package io.dutygraph.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.dutygraph.ingest.PlanIngest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.ClassPathResource;
import org.springframework.graphql.client.ClientGraphQlResponse;
import org.springframework.graphql.client.WebSocketGraphQlClient;
import org.springframework.web.reactive.socket.client.StandardWebSocketClient;
import reactor.core.Disposable;

/**
 * {@code subscription { plansChanged }} over WebSocket (graphql-ws) and over server-sent events at /graphql: a plan
 * load is announced.
 */
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
        OpenSubscriptions.awaitNone(subscriptions);
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

    @Test
    void aSubscriptionPostedForServerSentEventsReceivesTheLoad() throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpRequest subscribe = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/graphql"))
                .header("Content-Type", "application/json").header("Accept", "text/event-stream")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"query\":\"subscription { plansChanged { kind planId } }\"}")).build();
        OpenSubscriptions.awaitNone(subscriptions);
        int before = subscriptions.subscribers();
        CompletableFuture<HttpResponse<Stream<String>>> stream = http.sendAsync(subscribe,
                HttpResponse.BodyHandlers.ofLines());
        long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
        while (subscriptions.subscribers() == before && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        // Past the request timeout (dutygraph.api.timeout stops queries, not subscriptions) the stream is still open.
        Thread.sleep(api.timeout().toMillis() + 500);
        ingest.ingest(new ClassPathResource("plans/wujiang-2024.txt"));
        HttpResponse<Stream<String>> response = stream.get(2, TimeUnit.MINUTES);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/event-stream"));
        try (Stream<String> lines = response.body()) {
            assertThat(lines.filter(line -> line.startsWith("data:")).findFirst()).hasValue(
                    "data:{\"data\":{\"plansChanged\":{\"kind\":\"REPLACED\",\"planId\":\"wujiang-2024\"}}}");
        }
    }

    /**
     * At start-up the app is not ready until the bundled plan has loaded, and that load is the event to wait for: a
     * subscription is accepted meanwhile, and the event comes once the app is ready, so a query sent on receipt is
     * answered.
     */
    @Test
    @SuppressWarnings("rawtypes")
    void aSubscriptionMadeWhileTheAppIsNotReadyReceivesTheLoadOnceItIsReady(@Autowired ApplicationContext context,
            @Autowired ApplicationAvailability availability) throws Exception {
        WebSocketGraphQlClient client = WebSocketGraphQlClient.builder("ws://localhost:" + port + "/graphql",
                new StandardWebSocketClient()).build();
        OpenSubscriptions.awaitNone(subscriptions);
        AvailabilityChangeEvent.publish(context, ReadinessState.REFUSING_TRAFFIC);
        try {
            int before = subscriptions.subscribers();
            List<ReadinessState> stateOnReceipt = new ArrayList<>();
            CompletableFuture<Map> event = client.document("subscription { plansChanged { kind plan { id } } }")
                    .retrieveSubscription("plansChanged").toEntity(Map.class)
                    .doOnNext(received -> stateOnReceipt.add(availability.getReadinessState())).next()
                    .timeout(Duration.ofMinutes(2)).toFuture();
            long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
            while (subscriptions.subscribers() == before && !event.isDone() && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            ingest.ingest(new ClassPathResource("plans/wujiang-2024.txt"));
            AvailabilityChangeEvent.publish(context, ReadinessState.ACCEPTING_TRAFFIC);
            assertThat(event.get(2, TimeUnit.MINUTES)).containsEntry("kind", "REPLACED")
                    .containsEntry("plan", Map.of("id", "wujiang-2024"));
            assertThat(stateOnReceipt).containsExactly(ReadinessState.ACCEPTING_TRAFFIC);
        } finally {
            AvailabilityChangeEvent.publish(context, ReadinessState.ACCEPTING_TRAFFIC);
            client.stop().block(Duration.ofSeconds(10));
        }
    }

    /** Subscriptions of one client are limited over WebSocket too (16), and an ended one frees its place. */
    @Test
    void aClientsSubscriptionsAreLimitedAndAnEndedOneFreesItsPlace(@Autowired SubscriptionLimit limit,
            @Autowired GraphQlHttpProperties properties) throws Exception {
        WebSocketGraphQlClient client = WebSocketGraphQlClient.builder("ws://localhost:" + port + "/graphql",
                new StandardWebSocketClient()).build();
        List<Disposable> open = new ArrayList<>();
        try {
            int allowed = properties.maxSubscriptionsPerClient();
            open.addAll(OpenSubscriptions.fillTheLimit(client, limit, allowed));
            ClientGraphQlResponse refused = client.document("subscription { plansChanged { kind } }")
                    .executeSubscription().blockFirst(Duration.ofMinutes(1));
            assertThat(refused.getErrors()).singleElement().satisfies(error -> assertThat(error.getExtensions())
                    .containsEntry("classification", "TOO_MANY_REQUESTS"));
            open.remove(0).dispose();
            await().atMost(Duration.ofMinutes(1)).untilAsserted(() -> assertThat(limit.open()).isEqualTo(allowed - 1));
        } finally {
            open.forEach(Disposable::dispose);
            client.stop().block(Duration.ofSeconds(10));
        }
    }
}
