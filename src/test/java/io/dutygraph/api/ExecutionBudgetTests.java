package io.dutygraph.api;

import static org.assertj.core.api.Assertions.assertThat;

import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.schema.DataFetcher;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.execution.ErrorType;

/** The budget stops an execution that runs too long or resolves too much: it fetches nothing more after that. */
class ExecutionBudgetTests {

    private final AtomicInteger slowFetches = new AtomicInteger();
    private final AtomicBoolean shuttingDown = new AtomicBoolean();
    private int shutdownAtFetch = Integer.MAX_VALUE;

    private GraphQL engine(Duration timeout, int maxFields) {
        String sdl = "type Query { items: [Item!]! } type Item { n: Int! slow: Int! }";
        DataFetcher<Integer> slow = environment -> {
            if (slowFetches.incrementAndGet() == shutdownAtFetch) {
                shuttingDown.set(true);
            }
            Thread.sleep(20);
            return 1;
        };
        RuntimeWiring wiring = RuntimeWiring.newRuntimeWiring()
                .type("Query", type -> type.dataFetcher("items", environment ->
                        IntStream.range(0, 200).mapToObj(n -> Map.of("n", n)).toList()))
                .type("Item", type -> type.dataFetcher("slow", slow))
                .build();
        GraphQLSchema schema = new SchemaGenerator().makeExecutableSchema(new SchemaParser().parse(sdl), wiring);
        ApiProperties limits = new ApiProperties(12, 20_000, 100, 20, timeout, Map.of(), 10, Map.of(), maxFields);
        return GraphQL.newGraphQL(schema).instrumentation(new ExecutionBudget(limits, shuttingDown::get)).build();
    }

    @Test
    void aRequestPastItsTimeoutIsStoppedAndAnsweredWithATimeout() {
        ExecutionResult result = engine(Duration.ofMillis(200), 100_000).execute("{ items { n slow } }");
        assertThat(result.getErrors()).singleElement().satisfies(error -> {
            assertThat(error.getErrorType()).isEqualTo(ServiceErrorType.TIMEOUT);
            assertThat(error.getMessage()).contains("ran longer than 200 ms");
        });
        assertThat((Object) result.getData()).isNull();
        // 200 items at 20 ms each would take 4 s; the execution stopped soon after 200 ms.
        assertThat(slowFetches.get()).isLessThan(100);
    }

    @Test
    void aResponseOverMaxFieldsIsStoppedAsABadRequest() {
        ExecutionResult result = engine(Duration.ofSeconds(30), 25).execute("{ items { n slow } }");
        assertThat(result.getErrors()).singleElement().satisfies(error -> {
            assertThat(error.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
            assertThat(error.getMessage()).contains("more than 25 fields");
        });
        assertThat(slowFetches.get()).isLessThanOrEqualTo(13);
    }

    @Test
    void aShutdownStopsRunningRequestsAtTheirNextField() {
        shutdownAtFetch = 10;
        ExecutionResult result = engine(Duration.ofSeconds(30), 100_000).execute("{ items { n slow } }");
        assertThat(result.getErrors()).singleElement().satisfies(error -> {
            assertThat(error.getErrorType()).isEqualTo(ServiceErrorType.UNAVAILABLE);
            assertThat(error.getMessage()).contains("shutting down");
        });
        assertThat(slowFetches.get()).isEqualTo(10);
    }

    @Test
    void aRequestWhoseClientWentAwayIsStopped() {
        // The client hangs up after the tenth item; the connection is asked at most every 100 ms (5 items here).
        ExecutionInput input = ExecutionInput.newExecutionInput("{ items { n slow } }").graphQLContext(Map.of(
                ClientConnectionInterceptor.CONTEXT_KEY, (BooleanSupplier) () -> slowFetches.get() < 10)).build();
        ExecutionResult result = engine(Duration.ofSeconds(30), 100_000).execute(input);
        assertThat(result.getErrors()).singleElement().satisfies(error ->
                assertThat(error.getMessage()).contains("client went away"));
        assertThat(slowFetches.get()).isLessThan(100);
    }

    @Test
    void aRequestWithinItsBudgetIsAnsweredInFull() {
        ExecutionResult result = engine(Duration.ofSeconds(30), 100_000).execute("{ items { n } }");
        assertThat(result.getErrors()).isEmpty();
        assertThat(result.<Map<String, java.util.List<?>>>getData().get("items")).hasSize(200);
    }
}
