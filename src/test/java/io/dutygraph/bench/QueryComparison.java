package io.dutygraph.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.io.CloseMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.QueryConfig;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Each query as a GraphQL request over HTTP and as the equivalent Cypher through the driver, interleaved in one
 * run so that both meet the same machine state: median, p99 and the ratio of the medians. GraphQL requests go
 * through a blocking client on the calling thread (Apache HttpClient's classic API): the JDK's HttpClient hands
 * each request to its own threads and added ~0.17 ms to every request, the app's and the peer's alike.
 */
final class QueryComparison implements AutoCloseable {

    /** A question asked both ways: documents in src/test/resources/bench/{graphql,cypher}/NAME.*. */
    record BenchQuery(String name, Map<String, Object> variables) {
    }

    /** {@code peer} is null where the peer was not run or has no such query. */
    record Result(String size, String query, Stats graphql, Stats cypher, Stats peer) {

        double ratio() {
            return graphql.medianMillis() / cypher.medianMillis();
        }

        /** DutyGraph's median over the peer's; NaN without a peer. */
        double peerRatio() {
            return peer == null ? Double.NaN : graphql.medianMillis() / peer.medianMillis();
        }
    }

    static final String PLAN = "wujiang-2024";

    /** {@code { __typename }} against {@code RETURN 1}: what one request costs each side before any data is read. */
    static final String TRANSPORT = "transport";

    static final List<BenchQuery> QUERIES = List.of(
            new BenchQuery("coOwnedTasks", Map.of("units", List.of("汾湖高新区", "区发改委"), "plan", PLAN)),
            new BenchQuery("task", Map.of("number", 107, "plan", PLAN)),
            new BenchQuery("simple", Map.of("number", 56, "plan", PLAN)),
            new BenchQuery("unitsTasksLeaders", Map.of("first", 50, "plan", PLAN)),
            new BenchQuery("coordinationNetwork", Map.of("plan", PLAN)),
            new BenchQuery("coordinationPath", Map.of("from", "气象局", "to", "团区委", "plan", PLAN)),
            new BenchQuery("search", Map.of("text", "太湖", "plan", PLAN)),
            // Last, so it runs warm: first after start-up it measured the JIT's warm-up, not the request.
            new BenchQuery(TRANSPORT, Map.of()));

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final CloseableHttpClient http = HttpClients.createMinimal();
    private final URI endpoint;
    private final Driver driver;
    private final URI peerEndpoint;

    QueryComparison(int httpPort, Driver driver) {
        this(httpPort, driver, 0);
    }

    /** With a peer listening on {@code peerPort} (0: none), asked the same questions in its own documents. */
    QueryComparison(int httpPort, Driver driver, int peerPort) {
        this.endpoint = URI.create("http://localhost:" + httpPort + "/graphql");
        this.driver = driver;
        this.peerEndpoint = peerPort == 0 ? null : URI.create("http://localhost:" + peerPort + "/");
    }

    List<Result> run(String size, int warmup, int iterations) {
        return run(size, warmup, iterations, QUERIES);
    }

    /**
     * Every query, each target in turn, {@code rounds} times round-robin, nothing measured: brings the app's JVM (its
     * HTTP, GraphQL and Cypher paths), the peer and this client to their steady state before {@link #run}. After 300
     * rounds per query, as the comparison warmed up before, the app's medians were still 2-3 times their warm values
     * (task 4.9 ms after 300 rounds, 1.8 ms after 3,000), and the peer's V8 had warmed sooner.
     */
    void warmUp(List<BenchQuery> queries, int rounds) {
        List<Prepared> prepared = queries.stream().map(this::prepare).toList();
        for (int i = 0; i < rounds; i++) {
            prepared.forEach(Prepared::askEach);
        }
    }

    List<Result> run(String size, int warmup, int iterations, List<BenchQuery> queries) {
        List<Result> results = new ArrayList<>();
        for (BenchQuery query : queries) {
            Prepared prepared = prepare(query);
            for (int i = 0; i < warmup; i++) {
                prepared.askEach();
            }
            long[] graphqlNanos = new long[iterations];
            long[] cypherNanos = new long[iterations];
            long[] peerNanos = new long[iterations];
            List<Runnable> targets = new ArrayList<>(List.of(prepared::graphql, prepared::cypher));
            List<long[]> nanos = new ArrayList<>(List.of(graphqlNanos, cypherNanos));
            if (prepared.peerBody() != null) {
                targets.add(prepared::peer);
                nanos.add(peerNanos);
            }
            // The rounds go through every order of the targets: whatever a process still does after it answered (a
            // collection, a flush) falls on each other target equally often, not always on the same one.
            List<List<Integer>> orders = orders(targets.size());
            for (int i = 0; i < iterations; i++) {
                for (int target : orders.get(i % orders.size())) {
                    long start = System.nanoTime();
                    targets.get(target).run();
                    nanos.get(target)[i] = System.nanoTime() - start;
                }
            }
            results.add(new Result(size, query.name(), Stats.of(graphqlNanos), Stats.of(cypherNanos),
                    prepared.peerBody() == null ? null : Stats.of(peerNanos)));
        }
        return results;
    }

    private Prepared prepare(BenchQuery query) {
        String document = resource("bench/graphql/" + query.name() + ".graphql");
        String peerDocument = peerEndpoint == null ? null : optionalResource("bench/peer/" + query.name() + ".graphql");
        return new Prepared(query, JSON.writeValueAsBytes(Map.of("query", document, "variables", query.variables())),
                resource("bench/cypher/" + query.name() + ".cypher"), peerDocument == null ? null
                : JSON.writeValueAsBytes(Map.of("query", peerDocument, "variables", query.variables())));
    }

    /** Every order of the targets {@code 0..count-1}. */
    static List<List<Integer>> orders(int count) {
        List<List<Integer>> orders = new ArrayList<>();
        orders.add(new ArrayList<>());
        for (int target = 0; target < count; target++) {
            List<List<Integer>> longer = new ArrayList<>();
            for (List<Integer> order : orders) {
                for (int position = 0; position <= order.size(); position++) {
                    List<Integer> inserted = new ArrayList<>(order);
                    inserted.add(position, target);
                    longer.add(inserted);
                }
            }
            orders = longer;
        }
        return orders;
    }

    /** One query's request bodies and statement, ready to send; {@code peerBody} null when the peer has none. */
    private final class Prepared {

        private final BenchQuery query;
        private final byte[] body;
        private final String cypher;
        private final byte[] peerBody;

        Prepared(BenchQuery query, byte[] body, String cypher, byte[] peerBody) {
            this.query = query;
            this.body = body;
            this.cypher = cypher;
            this.peerBody = peerBody;
        }

        byte[] peerBody() {
            return peerBody;
        }

        void graphql() {
            QueryComparison.this.graphql(endpoint, body, query.name());
        }

        void cypher() {
            QueryComparison.this.cypher(cypher, query.variables());
        }

        void peer() {
            QueryComparison.this.graphql(peerEndpoint, peerBody, "peer " + query.name());
        }

        /** The app, Cypher and the peer (when it has the query), once each, unmeasured. */
        void askEach() {
            graphql();
            cypher();
            if (peerBody != null) {
                peer();
            }
        }
    }

    /** One GraphQL request; a response with errors stops the benchmark, as its figures would be meaningless. */
    void graphql(URI target, byte[] body, String name) {
        HttpPost post = new HttpPost(target);
        post.setEntity(new ByteArrayEntity(body, ContentType.APPLICATION_JSON));
        try {
            http.execute(post, response -> {
                byte[] answer = EntityUtils.toByteArray(response.getEntity());
                if (response.getCode() != 200 || JSON.readTree(answer).has("errors")) {
                    throw new IllegalStateException(name + " failed: " + new String(answer, StandardCharsets.UTF_8));
                }
                return null;
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        http.close(CloseMode.GRACEFUL);
    }

    private void cypher(String statement, Map<String, Object> parameters) {
        driver.executableQuery(statement).withParameters(parameters).withConfig(QueryConfig.defaultConfig()).execute();
    }

    static String optionalResource(String path) {
        return QueryComparison.class.getClassLoader().getResource(path) == null ? null : resource(path);
    }

    static String resource(String path) {
        try (InputStream in = QueryComparison.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing benchmark resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
