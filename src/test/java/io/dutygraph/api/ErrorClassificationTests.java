package io.dutygraph.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.json.JsonMapper;

/**
 * The classifications the app emits are exactly those README's table lists: one request of each kind is sent and its
 * classification collected; the few that need a stopped, overloaded or broken server are named with the tests that
 * produce them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ErrorClassificationTests {

    /** Classifications whose requests other tests make: they need a slow query, a shutdown, 9 parallel requests. */
    static final Map<String, String> EMITTED_ELSEWHERE = Map.of(
            "TIMEOUT", "ExecutionBudgetTests", "UNAVAILABLE", "AbuseTests, ExecutionBudgetTests",
            "TOO_MANY_REQUESTS", "ClientConcurrencyFilterTests",
            "INTERNAL_ERROR", "Spring's answer to an unexpected exception; AbuseTests asserts none occurs");

    static final String UNKNOWN_HASH = "0".repeat(64);

    @LocalServerPort
    int port;

    final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    final JsonMapper json = JsonMapper.builder().build();

    String classification(String body, String accept) throws IOException, InterruptedException {
        String answer = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/graphql"))
                .header("Content-Type", "application/json").header("Accept", accept)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString()).body();
        String document = accept.equals("text/event-stream") ? answer.lines().filter(line -> line.startsWith("data:{"))
                .findFirst().orElseThrow().substring("data:".length()) : answer;
        return json.readTree(document).at("/errors/0/extensions/classification").asString();
    }

    @Test
    void readmeListsExactlyTheClassificationsTheAppEmits() throws Exception {
        Map<String, String> requests = new LinkedHashMap<>();
        requests.put("NOT_FOUND", "{\"query\":\"{ unit(name: \\\"nowhere\\\") { name } }\"}");
        requests.put("BAD_REQUEST", "{\"query\":\"{ tasks(first: 101) { totalCount } }\"}");
        requests.put("InvalidSyntax", "{\"query\":\"{ plans { id \"}");
        requests.put("ValidationError", "{\"query\":\"{ nothing }\"}");
        requests.put("BadFaithIntrospection",
                "{\"query\":\"{ __schema { types { fields { type { fields { type { fields { name } } } } } } } }\"}");
        requests.put("PersistedQueryNotFound", "{\"extensions\":{\"persistedQuery\":{\"version\":1,\"sha256Hash\":\""
                + UNKNOWN_HASH + "\"}}}");
        requests.put("PersistedQueryIdInvalid", "{\"query\":\"{ plans { id } }\",\"extensions\":{\"persistedQuery\":"
                + "{\"version\":1,\"sha256Hash\":\"" + UNKNOWN_HASH + "\"}}}");
        Set<String> emitted = new TreeSet<>(EMITTED_ELSEWHERE.keySet());
        for (Map.Entry<String, String> request : requests.entrySet()) {
            assertThat(classification(request.getValue(), "application/json")).as(request.getValue())
                    .isEqualTo(request.getKey());
            emitted.add(request.getKey());
        }
        assertThat(classification("{\"query\":\"{ plans { id } }\"}", "text/event-stream"))
                .isEqualTo("OperationNotSupported");
        emitted.add("OperationNotSupported");
        assertThat(Arrays.stream(ServiceErrorType.values()).map(Enum::name)).allMatch(emitted::contains);
        assertThat(readmeTable()).isEqualTo(emitted);
    }

    /** The first column of README's classification table. */
    static Set<String> readmeTable() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        int table = readme.indexOf("| classification | when |");
        assertThat(table).as("README's table of error classifications").isPositive();
        Matcher row = Pattern.compile("^\\| `(\\w+)` \\|", Pattern.MULTILINE)
                .matcher(readme.substring(table, readme.indexOf("\n\n", table)));
        return row.results().map(match -> match.group(1)).collect(Collectors.toCollection(TreeSet::new));
    }
}
