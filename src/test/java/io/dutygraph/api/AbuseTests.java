package io.dutygraph.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.graphql.test.autoconfigure.tester.AutoConfigureHttpGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.graphql.execution.GraphQlSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Requests an attacker would send (OWASP's GraphQL list and what broke before), over real HTTP: each is refused
 * up front with a typed error, the answer stays small, and the server is healthy afterwards. Same context as
 * {@link ApiTests}, so it is started once.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureHttpGraphQlTester
@AutoConfigureWebTestClient(timeout = "PT30S")
@Import(StatementCounter.class)
class AbuseTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    private HttpResponse<String> post(String query, Map<String, Object> variables) throws IOException, InterruptedException {
        String body = JSON.writeValueAsString(Map.of("query", query, "variables", variables));
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/graphql"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode onlyError(HttpResponse<String> response) {
        JsonNode errors = JSON.readTree(response.body()).path("errors");
        assertThat(errors.size()).as(response.body()).isEqualTo(1);
        return errors.get(0);
    }

    private static String nested(String open, String innermost, int times) {
        return open.repeat(times) + innermost + " }".repeat(times * (open.length() - open.replace("{", "").length()));
    }

    @AfterEach
    void serverIsStillHealthy() throws IOException, InterruptedException {
        var health = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"UP\"");
    }

    @ParameterizedTest(name = "{0} pairs of tasks {{ nodes {{ leadUnits")
    @ValueSource(ints = {3})
    void aFanOutOfUnpagedListsIsRefusedUpFrontNamingItsCost(int pairs) throws Exception {
        String query = "{ unit(name: \"发改委\") { " + nested("tasks { nodes { leadUnits { ", "name", pairs) + " } }";
        JsonNode error = onlyError(post(query, Map.of()));
        assertThat(error.path("extensions").path("classification").asString()).isEqualTo("BAD_REQUEST");
        assertThat(error.path("message").asString()).startsWith("Query cost of at least").contains("exceeds the maximum of 20000");
    }

    @Test
    void theGuardsAreGraphQlsOnlyInstrumentationNotAChainOfOne(@Autowired GraphQlSource source) {
        assertThat(source.graphQl().getInstrumentation()).isInstanceOf(RequestGuards.class);
    }

    @Test
    void nestedPagesCannotWrapTheCostCounter() throws Exception {
        String query = "{ units(first: 100) { nodes { " + nested("partners(first: 100) { nodes { ", "name", 4) + " } } }";
        JsonNode error = onlyError(post(query, Map.of()));
        assertThat(error.path("message").asString()).startsWith("Query cost of at least");
    }

    @Test
    void aliasesOfTheNetworkAddUpTheirCost() throws Exception {
        String query = IntStream.range(0, 666).mapToObj(n -> "n" + n + ": coordinationNetwork { nodes { betweenness } }")
                .collect(Collectors.joining(" ", "{ ", " }"));
        JsonNode error = onlyError(post(query, Map.of()));
        assertThat(error.path("message").asString()).startsWith("Query cost of at least");
    }

    @ParameterizedTest(name = "coordinationNetwork({0})")
    @ValueSource(strings = {"minShared: 2147483647", "chapter: \"九十九\"", "chapter: \"七\", minShared: 50"})
    void aNetworkWithoutLinksIsAnsweredNotAnInternalError(String arguments) throws Exception {
        var response = post("{ coordinationNetwork(" + arguments + ") { nodes { unit { name } community } edges { sharedTaskCount } } }",
                Map.of());
        JsonNode answer = JSON.readTree(response.body());
        assertThat(answer.path("errors").isMissingNode()).as(response.body()).isTrue();
        JsonNode network = answer.path("data").path("coordinationNetwork");
        assertThat(network.path("edges").size()).isZero();
        // Without links, every unit is a community of its own.
        assertThat(StreamSupport.stream(network.path("nodes").spliterator(), false).map(node -> node.path("community").asInt()).distinct().count())
                .isEqualTo(network.path("nodes").size());
    }

    @Test
    void everyNetworkOfThePlanIsAnsweredWithItsCommunities() throws Exception {
        // minShared 5 and 8 split the plan's network into several separate groups: INTERNAL_ERROR before.
        String query = IntStream.rangeClosed(1, 12).mapToObj(n -> "m" + n + ": coordinationNetwork(minShared: " + n
                + ") { nodes { community } }").collect(Collectors.joining(" ", "{ ", " }"));
        var response = post(query, Map.of());
        JsonNode answer = JSON.readTree(response.body());
        assertThat(answer.path("errors").isMissingNode()).as(response.body()).isTrue();
        assertThat(answer.path("data").size()).isEqualTo(12);
    }

    @ParameterizedTest(name = "search text of {0} characters")
    @ValueSource(ints = {1_500, 2_047})
    void searchTextTooLongIsABadRequest(int length) throws Exception {
        String text = "发 ".repeat(length).substring(0, length);
        JsonNode error = onlyError(post("query($t: String!) { search(text: $t) { nodes { number } } }", Map.of("t", text)));
        assertThat(error.path("extensions").path("classification").asString()).isEqualTo("BAD_REQUEST");
    }

    @Test
    void anUnknownNameOfMegabytesIsAnsweredShortly() throws Exception {
        String name = "区".repeat(300_000);
        var response = post("query($n: String!) { unit(name: $n) { name } }", Map.of("n", name));
        JsonNode error = onlyError(response);
        assertThat(error.path("extensions").path("classification").asString()).isEqualTo("NOT_FOUND");
        assertThat(error.path("message").asString()).contains("… (300000 characters)");
        assertThat(response.body().length()).isLessThan(1_000);
    }

    @ParameterizedTest(name = "{0} /graphql")
    @ValueSource(strings = {"PUT", "DELETE", "PATCH"})
    void otherMethodsOnTheEndpointAre405WithAllow(String method) throws Exception {
        var response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/graphql"))
                .method(method, HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(405);
        assertThat(response.headers().firstValue("Allow")).hasValue("GET, POST, OPTIONS");
    }

    @ParameterizedTest(name = "security headers on {0}")
    @ValueSource(strings = {"/graphiql/index.html", "/actuator/health"})
    void pagesCarryTheSecurityHeaders(String path) throws Exception {
        var response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(response.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(response.headers().firstValue("Content-Security-Policy")).get().asString()
                .contains("script-src 'self'", "frame-ancestors 'none'");
    }

    @Test
    void whileNotReadyQueriesAreAnsweredUnavailableNotUnknown(@Autowired ApplicationContext context) throws Exception {
        AvailabilityChangeEvent.publish(context, ReadinessState.REFUSING_TRAFFIC);
        try {
            JsonNode error = onlyError(post("{ unit(name: \"区发改委\") { name } }", Map.of()));
            assertThat(error.path("extensions").path("classification").asString()).isEqualTo("UNAVAILABLE");
            assertThat(error.path("message").asString()).contains("not ready");
            assertThat(JSON.readTree(post("{ __schema { queryType { name } } }", Map.of()).body())
                    .path("data").path("__schema").path("queryType").path("name").asString()).isEqualTo("Query");
        } finally {
            AvailabilityChangeEvent.publish(context, ReadinessState.ACCEPTING_TRAFFIC);
        }
        assertThat(post("{ unit(name: \"区发改委\") { name } }", Map.of()).body()).contains("\"name\":\"区发改委\"");
    }

    @Test
    void healthShowsNoDetailsToAnonymousCallers() throws Exception {
        var response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.body()).doesNotContain("details", "data", "5.26");
        var readiness = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/actuator/health/readiness")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(readiness.statusCode()).isEqualTo(200);
    }
}
