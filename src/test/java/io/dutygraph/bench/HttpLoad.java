package io.dutygraph.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import tools.jackson.databind.json.JsonMapper;

/**
 * A bounded load on localhost: {@code clients} concurrent clients send a simple GraphQL request back to back
 * for a fixed duration; every request that is not a 200 without GraphQL errors counts as an error.
 */
final class HttpLoad {

    record Result(String size, int clients, double seconds, long requests, long errors) {

        double requestsPerSecond() {
            return requests / seconds;
        }
    }

    private HttpLoad() {
    }

    static Result run(String size, int httpPort, int clients, Duration duration) throws Exception {
        byte[] body = JsonMapper.builder().build().writeValueAsBytes(Map.of(
                "query", QueryComparison.resource("bench/graphql/simple.graphql"),
                "variables", Map.of("number", 56, "plan", QueryComparison.PLAN)));
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + httpPort + "/graphql"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        AtomicLong requests = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long start = System.nanoTime();
        long deadline = start + duration.toNanos();
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                running.add(pool.submit(() -> {
                    HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
                    while (System.nanoTime() < deadline) {
                        try {
                            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
                            if (response.statusCode() != 200 || response.body().contains("\"errors\"")) {
                                errors.incrementAndGet();
                            }
                        } catch (Exception e) {
                            errors.incrementAndGet();
                        }
                        requests.incrementAndGet();
                    }
                    return null;
                }));
            }
            for (Future<?> future : running) {
                future.get();
            }
        } finally {
            pool.shutdownNow();
        }
        return new Result(size, clients, (System.nanoTime() - start) / 1e9, requests.get(), errors.get());
    }
}
