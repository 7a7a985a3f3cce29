package io.dutygraph.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Requests a frontend can get wrong, over POST and GET: each is answered with one GraphQL-shaped BAD_REQUEST error
 * (never a 500, a bare Spring error page or a stack trace), 400 when the client accepts
 * {@code application/graphql-response+json} as the GraphQL-over-HTTP specification asks, 200 under plain JSON; a
 * body that is no GraphQL request at all, or too large, is refused with its status whatever the client accepts,
 * server-sent events included.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MalformedRequestTests {

    static final String GRAPHQL_RESPONSE = "application/graphql-response+json";

    @LocalServerPort
    int port;

    final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    final JsonMapper json = JsonMapper.builder().build();

    HttpResponse<String> post(String body, String contentType, String accept) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/graphql"))
                .header("Content-Type", contentType).header("Accept", accept)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> get(String query, String extensions) throws IOException, InterruptedException {
        String uri = "http://localhost:" + port + "/graphql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)
                + "&extensions=" + URLEncoder.encode(extensions, StandardCharsets.UTF_8);
        return http.send(HttpRequest.newBuilder(URI.create(uri)).header("Accept", GRAPHQL_RESPONSE).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** The one error of a refused request: BAD_REQUEST, no data, no Java class named. */
    JsonNode refused(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        JsonNode body = json.readTree(response.body());
        assertThat(body.at("/errors").size()).as(response.body()).isEqualTo(1);
        assertThat(body.at("/errors/0/extensions/classification").asString()).isEqualTo("BAD_REQUEST");
        assertThat(body.has("data")).as(response.body()).isFalse();
        assertThat(response.body()).doesNotContainPattern("java\\.|jackson|Exception|\\$");
        return body.at("/errors/0");
    }

    @Test
    void aPersistedQueryExtensionOfTheWrongShapeIsABadRequest() throws Exception {
        String[] shapes = {"{\"persistedQuery\":\"x\"}", "{\"persistedQuery\":{\"version\":\"1\"}}",
            "{\"persistedQuery\":{\"version\":1}}", "{\"persistedQuery\":{\"version\":1,\"sha256Hash\":42}}",
            "{\"persistedQuery\":{\"version\":2,\"sha256Hash\":\"ab\"}}", "{\"persistedQuery\":[]}"};
        for (String extensions : shapes) {
            String body = "{\"query\":\"{ plans { id } }\",\"extensions\":" + extensions + "}";
            assertThat(refused(post(body, "application/json", "application/json"), 200).at("/message").asString())
                    .as(extensions).contains("extensions.persistedQuery");
            refused(post(body, "application/json", GRAPHQL_RESPONSE), 400);
            assertThat(refused(get("{ plans { id } }", extensions), 400).at("/message").asString())
                    .as(extensions).contains("extensions.persistedQuery");
        }
    }

    @Test
    void aSubscriptionPostedForOneJsonAnswerIsRefusedNamingTheStreamingTransports() throws Exception {
        String body = "{\"query\":\"subscription { plansChanged { kind } }\"}";
        JsonNode error = refused(post(body, "application/json", GRAPHQL_RESPONSE), 400);
        assertThat(error.at("/message").asString()).contains("WebSocket", "graphql-transport-ws", "text/event-stream");
        refused(post(body, "application/json", "application/json"), 200);
    }

    @Test
    void aBodyThatIsNoGraphQlRequestIsABadRequestNamingWhatIsWrong() throws Exception {
        String[][] cases = {
            {"not json", "not valid JSON"}, {"", "empty"}, {"{}", "query is required"},
            {"{\"query\":null}", "query is required"}, {"{\"query\":42}", "query must be a string"},
            {"{\"query\":\"{ plans { id } }\",\"variables\":[]}", "variables must be a JSON object"},
            {"{\"query\":\"{ plans { id } }\",\"variables\":\"x\"}", "variables must be a JSON object"},
            {"{\"query\":\"{ plans { id } }\",\"extensions\":\"str\"}", "extensions must be a JSON object"},
            {"{\"query\":\"{ plans { id } }\",\"extensions\":[]}", "extensions must be a JSON object"},
            {"{\"query\":\"{ plans { id } }\",\"operationName\":7}", "operationName must be a string"},
            {"[{\"query\":\"{ plans { id } }\"}]", "Batched requests"}, {"\"{ plans { id } }\"", "JSON object"}};
        for (String[] request : cases) {
            for (String accept : new String[] {"application/json", GRAPHQL_RESPONSE}) {
                assertThat(refused(post(request[0], "application/json", accept), 400).at("/message").asString())
                        .as(request[0]).contains(request[1]);
            }
        }
    }

    @Test
    void aBodyThatIsNoGraphQlRequestAskingForEventsIsAnsweredAsWithoutTheStream() throws Exception {
        String[][] cases = {{"not json", "not valid JSON"}, {"", "empty"}, {"{}", "query is required"},
            {"{\"query\":null}", "query is required"}, {"[{\"query\":\"{ plans { id } }\"}]", "Batched requests"}};
        for (String[] request : cases) {
            HttpResponse<String> response = post(request[0], "application/json", "text/event-stream");
            assertThat(refused(response, 400).at("/message").asString()).as(request[0]).contains(request[1]);
            assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
        }
        assertThat(refused(post("{\"query\":\"subscription { plansChanged { kind } }\"}", "text/plain",
                "text/event-stream"), 415).at("/message").asString()).contains("text/plain");
    }

    @Test
    void aBodyOverTheSizeLimitIs413NamingTheLimitWithOrWithoutContentLength(@Autowired GraphQlHttpProperties
            properties) throws Exception {
        int limit = Math.toIntExact(properties.maxRequestSize().toBytes());
        String tooLarge = "{\"query\":\"{ plans { id } }" + " ".repeat(limit) + "\"}";
        for (String accept : new String[] {"application/json", GRAPHQL_RESPONSE, "text/event-stream"}) {
            assertThat(refused(post(tooLarge, "application/json", accept), 413).at("/message").asString())
                    .as(accept).contains("larger than 1MB", "dutygraph.graphql.max-request-size");
            HttpResponse<String> streamed = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                    + "/graphql")).header("Content-Type", "application/json").header("Accept", accept)
                    .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(
                            tooLarge.getBytes(StandardCharsets.UTF_8)))).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(streamed.request().headers().firstValue("Content-Length")).isEmpty();
            assertThat(refused(streamed, 413).at("/message").asString()).as(accept).contains("larger than 1MB");
        }
        String justFits = "{\"query\":\"{ plans { id } }\",\"variables\":{\"unused\":\"" + "x".repeat(limit - 60)
                + "\"}}";
        String answer = post(justFits, "application/json", "application/json").body();
        assertThat(json.readTree(answer).at("/data/plans/0/id").asString()).as(answer).isEqualTo("wujiang-2024");
    }

    @Test
    void aBodyOfAnotherMediaTypeIs415WithAGraphQlError() throws Exception {
        assertThat(refused(post("{\"query\":\"{ plans { id } }\"}", "text/plain", "application/json"), 415)
                .at("/message").asString()).contains("application/json", "text/plain");
        assertThat(json.readTree(post("{\"query\":\"{ plans { id } }\"}", "application/json; charset=utf-8",
                "*/*").body()).at("/data/plans/0/id").asString()).isEqualTo("wujiang-2024");
    }

    @Test
    void badJsonInAGetParameterIsExplainedWithoutJavaNames() throws Exception {
        for (String variables : new String[] {"{x", "[]", "\"text\""}) {
            String uri = "http://localhost:" + port + "/graphql?query=" + URLEncoder.encode("{ plans { id } }",
                    StandardCharsets.UTF_8) + "&variables=" + URLEncoder.encode(variables, StandardCharsets.UTF_8);
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(uri)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(refused(response, 400).at("/message").asString()).as(variables).contains("variables");
        }
    }
}
