package io.dutygraph.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The query comparison alone, for quick iteration: {@code ./mvnw -Pbench test-compile exec:exec@queries
 * -Dbench.args="bolt rounds=500 only=unitsTasksLeaders+simple nopeer"}: {@code bolt} reads over Bolt
 * ({@code in-process-reads=false}), {@code nopeer} leaves the Node peer out. Starts the app as users run it, in a JVM
 * of its own ({@link AppProcess}), on the bundled plan.
 */
public final class QueryBench {

    private QueryBench() {
    }

    public static void main(String[] args) throws Exception {
        // Maven passes ${bench.args} as one argument: its words are the options.
        List<String> options = Arrays.stream(args).flatMap(a -> Arrays.stream(a.trim().split("\\s+"))).toList();
        int rounds = options.stream().filter(o -> o.startsWith("rounds=")).map(o -> Integer.parseInt(o.substring(7)))
                .findFirst().orElse(500);
        List<String> only = options.stream().filter(o -> o.startsWith("only=")).flatMap(o -> Arrays.stream(
                o.substring(5).split("\\+"))).toList();
        List<QueryComparison.BenchQuery> queries = QueryComparison.QUERIES.stream()
                .filter(q -> only.isEmpty() || only.contains(q.name())).toList();
        for (QueryComparison.Result r : run(options.contains("bolt"), !options.contains("nopeer"), rounds, queries)) {
            System.out.println(line(r));
        }
        System.exit(0);
    }

    static List<QueryComparison.Result> run(boolean bolt, boolean withPeer, int rounds,
            List<QueryComparison.BenchQuery> queries) throws Exception {
        List<String> extra = new ArrayList<>(List.of("--dutygraph.neo4j.embedded.bolt-access=read-only"));
        if (bolt) {
            extra.add("--dutygraph.neo4j.embedded.in-process-reads=false");
        }
        try (AppProcess app = AppProcess.start(extra.toArray(String[]::new));
                PeerServer peer = withPeer && PeerServer.available() ? PeerServer.start(app) : null) {
            try (QueryComparison comparison = new QueryComparison(app.httpPort(), app.driver(),
                    peer == null ? 0 : peer.port())) {
                return comparison.run(bolt ? "S over Bolt" : "S in-process", rounds, rounds, queries);
            }
        }
    }

    static String line(QueryComparison.Result r) {
        return String.format("%-14s %-20s graphql %6.2f ms (p99 %6.2f)  cypher %6.2f ms  peer %6.2f ms  ratio %.2f  "
                + "vs peer %.2f", r.size(), r.query(), r.graphql().medianMillis(), r.graphql().p99Millis(),
                r.cypher().medianMillis(), r.peer() == null ? Double.NaN : r.peer().medianMillis(), r.ratio(),
                r.peerRatio());
    }
}
