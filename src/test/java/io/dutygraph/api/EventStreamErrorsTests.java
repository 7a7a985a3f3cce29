package io.dutygraph.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.client.WebSocketGraphQlClient;
import org.springframework.web.reactive.socket.client.StandardWebSocketClient;
import reactor.core.Disposable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Subscriptions over server-sent events as graphql-sse's client meets them: one that cannot start is answered with
 * its own errors, in one {@code next} event followed by {@code complete}, not with Spring's "SSE handler supports
 * only subscriptions", which named the wrong mistake; one that starts is answered with its headers at once, not with
 * its first event (the client counts itself connected only then).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EventStreamErrorsTests {

    @LocalServerPort
    int port;

    final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    final JsonMapper json = JsonMapper.builder().build();

    HttpResponse<String> subscribe(String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/graphql"))
                .header("Content-Type", "application/json").header("Accept", "text/event-stream")
                .timeout(Duration.ofMinutes(1)).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** The events of a stream that ends by itself: each event's name and data. */
    List<String[]> events(String body) throws Exception {
        HttpResponse<String> response = subscribe(body);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/event-stream"));
        List<String[]> events = new ArrayList<>();
        for (String event : response.body().split("\n\n")) {
            String name = event.lines().filter(line -> line.startsWith("event:")).findFirst().orElse("event:");
            String data = event.lines().filter(line -> line.startsWith("data:")).findFirst().orElse("data:");
            events.add(new String[] {name.substring("event:".length()), data.substring("data:".length())});
        }
        return events;
    }

    /** The classification of the one error of a stream's one {@code next} event, checking it then completes. */
    String refusal(String body) throws Exception {
        List<String[]> events = events(body);
        assertThat(events).extracting(event -> event[0]).containsExactly("next", "complete");
        JsonNode answer = json.readTree(events.get(0)[1]);
        assertThat(answer.at("/errors").size()).as(events.get(0)[1]).isEqualTo(1);
        return answer.at("/errors/0/extensions/classification").asString();
    }

    @Test
    void aSubscriptionThatCannotRunIsAnsweredWithItsOwnError() throws Exception {
        assertThat(refusal("{\"query\":\"subscription { plansChanged { nothing } }\"}")).isEqualTo("ValidationError");
        assertThat(refusal("{\"query\":\"subscription { plansChanged { kind }\"}")).isEqualTo("InvalidSyntax");
        assertThat(refusal("{\"extensions\":{\"persistedQuery\":{\"version\":1,\"sha256Hash\":\""
                + "1".repeat(64) + "\"}}}")).isEqualTo("PersistedQueryNotFound");
        assertThat(refusal("{\"query\":\"{ plans { id } }\"}")).isEqualTo("OperationNotSupported");
    }

    @Test
    void aBodyThatIsNoGraphQlRequestIsABadRequestSayingWhy() throws Exception {
        String[][] cases = {{"not json", "not valid JSON"}, {"{}", "query is required"},
            {"{\"query\":42}", "query must be a string"}};
        for (String[] request : cases) {
            HttpResponse<String> response = subscribe(request[0]);
            assertThat(response.statusCode()).as(request[0]).isEqualTo(400);
            JsonNode answer = json.readTree(response.body());
            assertThat(answer.at("/errors/0/message").asString()).as(request[0]).contains(request[1]);
            assertThat(answer.at("/errors/0/extensions/classification").asString()).isEqualTo("BAD_REQUEST");
        }
    }

    @Test
    void anAcceptedSubscriptionIsAnsweredAtOnceBeforeItsFirstEvent(@Autowired SubscriptionLimit limit)
            throws Exception {
        OpenSubscriptions.awaitNone(limit);
        HttpRequest subscribe = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/graphql"))
                .header("Content-Type", "application/json").header("Accept", "text/event-stream")
                .POST(HttpRequest.BodyPublishers.ofString("{\"query\":\"subscription { plansChanged { kind } }\"}"))
                .build();
        // No plan loads meanwhile, and the first keep-alive comes after 15 s: the headers are all the answer there is.
        HttpResponse<Stream<String>> response = http.sendAsync(subscribe, HttpResponse.BodyHandlers.ofLines())
                .get(5, TimeUnit.SECONDS);
        try (Stream<String> lines = response.body()) {
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("text/event-stream"));
            assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-cache");
        }
        // The server notices the closed stream at its next keep-alive.
        OpenSubscriptions.awaitNone(limit);
    }

    @Test
    void aSubscriptionOverTheClientsLimitIsRefusedAsTooManyOverServerSentEvents(@Autowired SubscriptionLimit limit,
            @Autowired GraphQlHttpProperties properties) throws Exception {
        WebSocketGraphQlClient client = WebSocketGraphQlClient.builder("ws://localhost:" + port + "/graphql",
                new StandardWebSocketClient()).build();
        List<Disposable> open = new ArrayList<>();
        try {
            open.addAll(OpenSubscriptions.fillTheLimit(client, limit, properties.maxSubscriptionsPerClient()));
            assertThat(refusal("{\"query\":\"subscription { plansChanged { kind } }\"}")).isEqualTo("TOO_MANY_REQUESTS");
        } finally {
            open.forEach(Disposable::dispose);
            client.stop().block(Duration.ofSeconds(10));
        }
    }
}
