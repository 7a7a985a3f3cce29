package io.dutygraph.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The query comparison alone, for quick iteration: {@code ./mvnw -Pbench test-compile exec:exec@queries}
 * (arguments: {@code bolt} reads over Bolt, {@code rounds=N}). Starts the app in this JVM on the bundled plan.
 */
public final class QueryBench {

    private QueryBench() {
    }

    public static void main(String[] args) throws Exception {
        // Maven passes ${bench.args} as one argument: its words are the options.
        List<String> options = Arrays.stream(args).flatMap(a -> Arrays.stream(a.trim().split("\\s+"))).toList();
        boolean bolt = options.contains("bolt");
        int rounds = options.stream().filter(o -> o.startsWith("rounds=")).map(o -> Integer.parseInt(o.substring(7)))
                .findFirst().orElse(500);
        List<String> extra = new ArrayList<>();
        if (bolt) {
            extra.add("--dutygraph.neo4j.embedded.in-process-reads=false");
        }
        try (RunningApp app = new RunningApp("256m", extra.toArray(String[]::new))) {
            QueryComparison comparison = new QueryComparison(app.httpPort(), app.driver());
            List<String> only = options.stream().filter(o -> o.startsWith("only=")).flatMap(o -> Arrays.stream(
                    o.substring(5).split("\\+"))).toList();
            List<QueryComparison.BenchQuery> queries = QueryComparison.QUERIES.stream()
                    .filter(q -> only.isEmpty() || only.contains(q.name())).toList();
            for (QueryComparison.Result r : comparison.run(bolt ? "S/bolt" : "S", rounds, rounds, queries)) {
                System.out.printf("%-22s graphql %6.2f ms (p99 %6.2f)  cypher %6.2f ms  ratio %.2f%n", r.query(),
                        r.graphql().medianMillis(), r.graphql().p99Millis(), r.cypher().medianMillis(), r.ratio());
            }
        }
        System.exit(0);
    }
}
