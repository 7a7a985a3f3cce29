package io.dutygraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A frontend served from a configured origin ({@code spring.graphql.cors.allowed-origins}) can read every answer of
 * {@code /graphql} as a browser would: the preflight is allowed, queries carry {@code Access-Control-Allow-Origin}
 * beside their cache headers, and so does a 429 the client limit gives before any handler runs (without it the
 * browser reports a network error and the page cannot see the status or {@code Retry-After}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.graphql.cors.allowed-origins=http://localhost:5173", "dutygraph.http.max-concurrent-requests-per-client=1"})
class CorsTests {

    static final String ORIGIN = "http://localhost:5173";

    @LocalServerPort
    int port;

    final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.timeout(Duration.ofMinutes(1)).build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpRequest.Builder graphql(String origin) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/graphql")).header("Origin", origin);
    }

    HttpRequest.Builder query(String origin) {
        return graphql(origin).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"query\":\"{ plans { id } }\"}"));
    }

    @Test
    void thePreflightOfAnAllowedOriginIsAnsweredAndAnotherOriginsRefused() throws Exception {
        HttpResponse<String> allowed = send(graphql(ORIGIN).method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Access-Control-Request-Method", "POST").header("Access-Control-Request-Headers", "content-type"));
        assertThat(allowed.statusCode()).isEqualTo(200);
        assertThat(allowed.headers().firstValue("Access-Control-Allow-Origin")).hasValue(ORIGIN);
        assertThat(allowed.headers().firstValue("Access-Control-Allow-Methods")).hasValueSatisfying(
                methods -> assertThat(methods).contains("GET", "POST"));
        HttpResponse<String> other = send(graphql("http://elsewhere.example").method("OPTIONS",
                HttpRequest.BodyPublishers.noBody()).header("Access-Control-Request-Method", "POST"));
        assertThat(other.statusCode()).isEqualTo(403);
        assertThat(other.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }

    @Test
    void aQueryOverGetCarriesTheOriginBesideItsCacheHeaders() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/graphql?query=" + URLEncoder.encode("{ plans { id } }", StandardCharsets.UTF_8))).header("Origin", ORIGIN));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).hasValue(ORIGIN);
        assertThat(response.headers().firstValue("ETag")).isPresent();
        assertThat(response.headers().allValues("Vary")).anySatisfy(vary -> assertThat(vary).containsIgnoringCase("origin"));
    }

    @Test
    void aRequestOverTheClientLimitIsATooManyRequestsTheAllowedOriginCanRead() throws Exception {
        HttpResponse<String> refused = null;
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while ((refused == null || refused.statusCode() != 429) && System.nanoTime() < deadline) {
            // A POST whose body never comes holds the client's one place while its handler waits to read it (unless
            // the place of an answered request was not yet freed: then it is refused itself, and held again).
            try (Socket held = new Socket("localhost", port)) {
                OutputStream out = held.getOutputStream();
                out.write(("POST /graphql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                        + "Content-Length: 100\r\n\r\n{").getBytes(StandardCharsets.US_ASCII));
                out.flush();
                Thread.sleep(200);
                refused = send(query(ORIGIN));
            }
        }
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.headers().firstValue("Access-Control-Allow-Origin")).hasValue(ORIGIN);
        assertThat(refused.headers().firstValue("Retry-After")).hasValue("1");
        assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/json;charset=UTF-8");
        assertThat(refused.body()).contains("TOO_MANY_REQUESTS");
    }
}
