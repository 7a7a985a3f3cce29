package io.dutygraph.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The query comparison alone, for quick iteration: {@code ./mvnw -Pbench test-compile exec:exec@queries
 * -Dbench.args="bolt rounds=500 warmup=2000 only=unitsTasksLeaders+simple nopeer"}: {@code bolt} reads over Bolt
 * ({@code in-process-reads=false}), {@code external} reads from a second process holding the database ({@link Mode}),
 * {@code nopeer} leaves the Node peer out, {@code warmup} is the number of unmeasured round-robin rounds of every query
 * first ({@link #WARM_UP_ROUNDS} by default). Starts the app as users run it, in a JVM of its own
 * ({@link AppProcess}), on the bundled plan.
 */
public final class QueryBench {

    /** Round-robin rounds of every query before any is measured: enough for the app's JIT to reach steady state. */
    static final int WARM_UP_ROUNDS = 2_000;

    /** Measured rounds per query, after {@link #PER_QUERY_WARM_UP} more of that query alone. */
    static final int ROUNDS = 500;

    static final int PER_QUERY_WARM_UP = 100;

    private QueryBench() {
    }

    public static void main(String[] args) throws Exception {
        // Maven passes ${bench.args} as one argument: its words are the options.
        List<String> options = Arrays.stream(args).flatMap(a -> Arrays.stream(a.trim().split("\\s+"))).toList();
        int rounds = options.stream().filter(o -> o.startsWith("rounds=")).map(o -> Integer.parseInt(o.substring(7)))
                .findFirst().orElse(ROUNDS);
        int warmup = options.stream().filter(o -> o.startsWith("warmup=")).map(o -> Integer.parseInt(o.substring(7)))
                .findFirst().orElse(WARM_UP_ROUNDS);
        List<String> only = options.stream().filter(o -> o.startsWith("only=")).flatMap(o -> Arrays.stream(
                o.substring(5).split("\\+"))).toList();
        List<QueryComparison.BenchQuery> queries = QueryComparison.QUERIES.stream()
                .filter(q -> only.isEmpty() || only.contains(q.name())).toList();
        Mode mode = options.contains("external") ? Mode.EXTERNAL : options.contains("bolt") ? Mode.OVER_BOLT
                : Mode.IN_PROCESS;
        for (QueryComparison.Result r : run(mode, !options.contains("nopeer"), warmup, rounds, queries)) {
            System.out.println(line(r));
        }
        System.exit(0);
    }

    /** How the app reads the graph while it is asked. */
    enum Mode {
        /** The embedded database in the app's own JVM, read without Bolt (the default). */
        IN_PROCESS("S in-process"),
        /** {@code in-process-reads=false}: the app reads its own embedded database over Bolt, both ends in its JVM. */
        OVER_BOLT("S over Bolt"),
        /**
         * The app with {@code embedded.enabled=false}, reading over Bolt from a second app process that holds the
         * database (as a deployment reads an external server); Cypher and the peer ask that same server.
         */
        EXTERNAL("S external server");

        final String label;

        Mode(String label) {
            this.label = label;
        }
    }

    static List<QueryComparison.Result> run(Mode mode, boolean withPeer, int warmup, int rounds,
            List<QueryComparison.BenchQuery> queries) throws Exception {
        List<String> extra = new ArrayList<>(List.of("--dutygraph.neo4j.embedded.bolt-access=read-only"));
        if (mode == Mode.OVER_BOLT) {
            extra.add("--dutygraph.neo4j.embedded.in-process-reads=false");
        }
        try (AppProcess server = AppProcess.start(extra.toArray(String[]::new));
                AppProcess asked = mode == Mode.EXTERNAL ? reading(server) : null;
                PeerServer peer = withPeer && PeerServer.available() ? PeerServer.start(server) : null) {
            int httpPort = (asked != null ? asked : server).httpPort();
            try (QueryComparison comparison = new QueryComparison(httpPort, server.driver(),
                    peer == null ? 0 : peer.port())) {
                comparison.warmUp(queries, warmup);
                return comparison.run(mode.label, PER_QUERY_WARM_UP, rounds, queries);
            }
        }
    }

    /** A second app without a database of its own, reading {@code server}'s over Bolt as its read-only user. */
    private static AppProcess reading(AppProcess server) throws Exception {
        String password = server.readerPassword();
        return AppProcess.start("--dutygraph.neo4j.embedded.enabled=false",
                "--spring.neo4j.uri=bolt://localhost:" + server.boltPort(),
                "--spring.neo4j.authentication.username=reader", "--spring.neo4j.authentication.password=" + password);
    }

    static String line(QueryComparison.Result r) {
        return String.format("%-14s %-20s graphql %6.2f ms (p99 %6.2f)  cypher %6.2f ms  peer %6.2f ms  ratio %.2f  "
                + "vs peer %.2f", r.size(), r.query(), r.graphql().medianMillis(), r.graphql().p99Millis(),
                r.cypher().medianMillis(), r.peer() == null ? Double.NaN : r.peer().medianMillis(), r.ratio(),
                r.peerRatio());
    }
}
