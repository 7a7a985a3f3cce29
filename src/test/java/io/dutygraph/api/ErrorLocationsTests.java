package io.dutygraph.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An error without a place in the document carries no {@code locations} member (the GraphQL specification omits it
 * rather than sending an empty list) over every transport; an error with a place keeps its locations.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ErrorLocationsTests {

    /** A request refused before it runs, by the app's own check of the persisted-query extension: no place. */
    static final String MALFORMED_EXTENSION = "{\"persistedQuery\":\"x\"}";

    @LocalServerPort
    int port;

    final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    final JsonMapper json = JsonMapper.builder().build();

    String post(String body, String accept) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/graphql"))
                .header("Content-Type", "application/json").header("Accept", accept)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    /** The first {@code data:} event of a server-sent event stream. */
    JsonNode firstEvent(String stream) {
        return json.readTree(stream.lines().filter(line -> line.startsWith("data:{")).findFirst().orElseThrow()
                .substring("data:".length()));
    }

    static void hasNoLocations(JsonNode answer, String classification) {
        assertThat(answer.at("/errors/0/extensions/classification").asString()).as(answer.toString())
                .isEqualTo(classification);
        assertThat(answer.at("/errors/0").has("locations")).as(answer.toString()).isFalse();
    }

    @Test
    void anErrorWithoutAPlaceHasNoLocationsOverPostAndGet() throws Exception {
        hasNoLocations(json.readTree(post("{\"query\":\"{ plans { id } }\",\"extensions\":" + MALFORMED_EXTENSION
                + "}", "application/json")), "BAD_REQUEST");
        hasNoLocations(json.readTree(post("{\"extensions\":{\"persistedQuery\":{\"version\":1,\"sha256Hash\":\""
                + "0".repeat(64) + "\"}}}", "application/json")), "PersistedQueryNotFound");
        String uri = "http://localhost:" + port + "/graphql?query=" + URLEncoder.encode("{ plans { id } }",
                StandardCharsets.UTF_8) + "&extensions=" + URLEncoder.encode(MALFORMED_EXTENSION, StandardCharsets.UTF_8);
        hasNoLocations(json.readTree(http.send(HttpRequest.newBuilder(URI.create(uri)).GET().build(),
                HttpResponse.BodyHandlers.ofString()).body()), "BAD_REQUEST");
    }

    @Test
    void anErrorWithAPlaceKeepsItsLocations() throws Exception {
        JsonNode answer = json.readTree(post("{\"query\":\"{ nothing }\"}", "application/json"));
        assertThat(answer.at("/errors/0/extensions/classification").asString()).isEqualTo("ValidationError");
        assertThat(answer.at("/errors/0/locations/0/line").asInt()).isEqualTo(1);
    }

    @Test
    void overServerSentEventsARefusedRequestIsTheStreamsOneEventWithoutLocations() throws Exception {
        hasNoLocations(firstEvent(post("{\"query\":\"{ plans { id } }\"}", "text/event-stream")),
                "OperationNotSupported");
        hasNoLocations(firstEvent(post("{\"query\":\"subscription { plansChanged { kind } }\",\"extensions\":"
                + MALFORMED_EXTENSION + "}", "text/event-stream")), "BAD_REQUEST");
        String withoutContentType = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/graphql")).header("Accept", "text/event-stream").POST(HttpRequest.BodyPublishers.ofString(
                "{\"query\":\"{ plans { id } }\"}")).build(), HttpResponse.BodyHandlers.ofString()).body();
        hasNoLocations(firstEvent(withoutContentType), "OperationNotSupported");
        JsonNode invalid = firstEvent(post("{\"query\":\"subscription { nothing }\"}", "text/event-stream"));
        assertThat(invalid.at("/errors/0/extensions/classification").asString()).isEqualTo("ValidationError");
        assertThat(invalid.at("/errors/0/locations/0/line").asInt()).isEqualTo(1);
    }

    @Test
    void overWebSocketAnErrorWithoutAPlaceHasNoLocations() throws Exception {
        BlockingQueue<String> received = new LinkedBlockingQueue<>();
        WebSocket socket = http.newWebSocketBuilder().subprotocols("graphql-transport-ws")
                .buildAsync(URI.create("ws://localhost:" + port + "/graphql"), new WebSocket.Listener() {
                    @Override
                    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
                        received.add(data.toString());
                        webSocket.request(1);
                        return null;
                    }
                }).get(1, TimeUnit.MINUTES);
        try {
            socket.sendText("{\"type\":\"connection_init\"}", true).get(1, TimeUnit.MINUTES);
            assertThat(received.poll(1, TimeUnit.MINUTES)).contains("connection_ack");
            socket.sendText("{\"id\":\"1\",\"type\":\"subscribe\",\"payload\":{\"query\":\"subscription { "
                    + "plansChanged { kind } }\",\"extensions\":" + MALFORMED_EXTENSION + "}}", true)
                    .get(1, TimeUnit.MINUTES);
            JsonNode message = json.readTree(received.poll(1, TimeUnit.MINUTES));
            JsonNode payload = message.at("/payload");
            hasNoLocations(payload.isArray() ? json.createObjectNode().set("errors", payload) : payload,
                    "BAD_REQUEST");
        } finally {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "done").get(1, TimeUnit.MINUTES);
        }
    }
}
