package io.dutygraph.bench;

import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.graphql.execution.GraphQlSource;
import tools.jackson.databind.json.JsonMapper;

/**
 * The lowest GraphQL / Cypher ratio any graphql-java server could reach for {@code unitsTasksLeaders}: the real
 * answer, captured once from the running app, is served again by graphql-java over the app's SDL with only its
 * default {@code PropertyDataFetcher} reading the answer from memory (no database, no DataLoader, documents
 * parsed and validated once). Its time (execution, field resolution and completion) added to the Cypher median is
 * the floor. Run alone: {@code ./mvnw -Pbench test-compile exec:exec@floor}.
 */
final class GraphQlFloor {

    static final String QUERY = "unitsTasksLeaders";

    /** Median and 90th percentile in milliseconds. */
    record Timing(double medianMillis, double p90Millis) {

        static Timing of(long[] nanos) {
            return new Timing(Stats.quantileMillis(nanos, 0.50), Stats.quantileMillis(nanos, 0.90));
        }
    }

    /**
     * Fields in the answer; graphql-java alone over it (without and with the app's instrumentations); writing it as
     * JSON; and the app's GraphQL over HTTP and the Cypher, interleaved in the same JVM as the query comparison does.
     */
    record Result(int fields, Timing floor, Timing floorInstrumented, Timing json, Stats graphql, Stats cypher) {

        /** (Cypher + graphql-java floor) / Cypher. */
        double floorRatio() {
            return (cypher.medianMillis() + floor.medianMillis()) / cypher.medianMillis();
        }

        /** The same with the app's instrumentations and the JSON writing added. */
        double floorRatioWithJson() {
            return (cypher.medianMillis() + floorInstrumented.medianMillis() + json.medianMillis()) / cypher.medianMillis();
        }

        String line() {
            return String.format("%s: %d fields in the answer; graphql-java floor %.3f ms (p90 %.3f), with the app's "
                    + "instrumentations %.3f ms (p90 %.3f); JSON %.3f ms (p90 %.3f); app GraphQL %.2f ms, Cypher %.2f ms "
                    + "(ratio %.2f); floor ratio (Cypher + floor) / Cypher %.3f, with instrumentations and JSON %.3f",
                    QUERY, fields, floor.medianMillis(), floor.p90Millis(), floorInstrumented.medianMillis(),
                    floorInstrumented.p90Millis(), json.medianMillis(), json.p90Millis(), graphql.medianMillis(),
                    cypher.medianMillis(), graphql.medianMillis() / cypher.medianMillis(), floorRatio(),
                    floorRatioWithJson());
        }
    }

    private GraphQlFloor() {
    }

    /** {@code ./mvnw -Pbench test-compile exec:exec@floor}. */
    public static void main(String[] args) {
        System.out.println(run(3_000, 2_000, 300).line());
        System.exit(0);
    }

    /**
     * Starts the app on the bundled plan (in-process reads, as the query comparison), captures the answer, then
     * times {@code iterations} executions after {@code warmup}, and {@code rounds} interleaved GraphQL/Cypher rounds.
     */
    static Result run(int warmup, int iterations, int rounds) {
        QueryComparison.BenchQuery query = QueryComparison.QUERIES.stream().filter(q -> q.name().equals(QUERY))
                .findFirst().orElseThrow();
        String document = QueryComparison.resource("bench/graphql/" + QUERY + ".graphql");
        try (RunningApp app = new RunningApp("256m", "--dutygraph.neo4j.embedded.bolt-access=read-only")) {
            JsonMapper json = app.bean(JsonMapper.class);
            Map<String, Object> data = answer(app.httpPort(), json, document, query.variables());
            GraphQLSchema schema = schema();
            GraphQL plain = graphQl(schema, null);
            GraphQL instrumented = graphQl(schema, app.bean(GraphQlSource.class).graphQl().getInstrumentation());
            Supplier<ExecutionInput> input = () -> ExecutionInput.newExecutionInput(document)
                    .variables(query.variables()).root(data).build();
            check(plain.execute(input.get()), data);
            check(instrumented.execute(input.get()), data);
            Timing floor = time(warmup, iterations, () -> plain.execute(input.get()));
            Timing floorInstrumented = time(warmup, iterations, () -> instrumented.execute(input.get()));
            Map<String, Object> specification = plain.execute(input.get()).toSpecification();
            Timing written = time(warmup, iterations, () -> json.writeValueAsBytes(specification));
            QueryComparison.Result compared;
            try (QueryComparison comparison = new QueryComparison(app.httpPort(), app.driver())) {
                comparison.warmUp(List.of(query), QueryBench.WARM_UP_ROUNDS);
                compared = comparison.run("S in-process", rounds, rounds, List.of(query)).get(0);
            }
            return new Result(countFields(data), floor, floorInstrumented, written, compared.graphql(),
                    compared.cypher());
        }
    }

    /** The {@code data} of the app's answer over HTTP, as Maps and Lists. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> answer(int port, JsonMapper json, String document, Map<String, Object> variables) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/graphql"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(
                        json.writeValueAsBytes(Map.of("query", document, "variables", variables)))).build();
        try {
            HttpResponse<byte[]> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
            Map<String, Object> body = json.readValue(response.body(), Map.class);
            if (response.statusCode() != 200 || body.containsKey("errors") || body.get("data") == null) {
                throw new IllegalStateException(QUERY + " failed: " + new String(response.body(), StandardCharsets.UTF_8));
            }
            return (Map<String, Object>) body.get("data");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * The app's SDL (graphql-schema/, on the classpath as graphql/) with no data fetchers wired: every field is
     * graphql-java's default PropertyDataFetcher. Interfaces and unions get a resolver the query never reaches.
     */
    static GraphQLSchema schema() {
        TypeDefinitionRegistry types = new TypeDefinitionRegistry();
        try {
            for (Resource file : new PathMatchingResourcePatternResolver().getResources("classpath*:graphql/*.graphqls")) {
                try (InputStream in = file.getInputStream()) {
                    types.merge(new SchemaParser().parse(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // graphql-java's mocked wiring: the default property fetcher on every field, abstract types unresolved.
        return new SchemaGenerator().makeExecutableSchema(types, RuntimeWiring.MOCKED_WIRING);
    }

    /** graphql-java over {@code schema}, with a document cache as the app has (parse and validate once). */
    private static GraphQL graphQl(GraphQLSchema schema, Instrumentation instrumentation) {
        Map<String, PreparsedDocumentEntry> documents = new ConcurrentHashMap<>();
        PreparsedDocumentProvider cache = (input, parseAndValidate) -> CompletableFuture.completedFuture(
                documents.computeIfAbsent(input.getQuery(), query -> parseAndValidate.apply(input)));
        GraphQL.Builder builder = GraphQL.newGraphQL(schema).preparsedDocumentProvider(cache);
        return (instrumentation == null ? builder : builder.instrumentation(instrumentation)).build();
    }

    /** The floor must answer exactly what the app answered, else its time is that of some other work. */
    private static void check(ExecutionResult result, Map<String, Object> data) {
        if (!result.getErrors().isEmpty() || !data.equals(result.getData())) {
            throw new IllegalStateException("the floor's answer differs from the app's: " + result.getErrors());
        }
    }

    private static Timing time(int warmup, int iterations, Runnable work) {
        for (int i = 0; i < warmup; i++) {
            work.run();
        }
        long[] nanos = new long[iterations];
        for (int i = 0; i < iterations; i++) {
            long start = System.nanoTime();
            work.run();
            nanos[i] = System.nanoTime() - start;
        }
        return Timing.of(nanos);
    }

    /** Field values in an answer: every entry of every object, a list counted once (its objects' fields too). */
    static int countFields(Object value) {
        if (value instanceof Map<?, ?> object) {
            return object.values().stream().mapToInt(field -> 1 + countNested(field)).sum();
        }
        return countNested(value);
    }

    private static int countNested(Object value) {
        if (value instanceof Map<?, ?>) {
            return countFields(value);
        }
        return value instanceof Collection<?> list ? list.stream().mapToInt(GraphQlFloor::countNested).sum() : 0;
    }
}
