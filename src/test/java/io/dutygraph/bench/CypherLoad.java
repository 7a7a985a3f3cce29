package io.dutygraph.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.neo4j.driver.Driver;

/**
 * The ceiling of a throughput goal: the benchmark's Cypher for a query, run by {@code clients} threads through the
 * Java driver for a while, each as fast as it can (no HTTP, no GraphQL). A GraphQL server in front of the same
 * database cannot serve that question faster than this on the same machine.
 */
final class CypherLoad {

    static final String TARGET = "Cypher alone (driver)";

    private CypherLoad() {
    }

    static WrkLoad.Result run(Driver driver, String query, String cypher, Map<String, Object> parameters, int clients,
            Duration duration) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(clients);
        try {
            long end = System.nanoTime() + duration.toNanos();
            List<Future<long[]>> runs = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                runs.add(threads.submit(() -> client(driver, cypher, parameters, end)));
            }
            List<Long> latencies = new ArrayList<>();
            long errors = 0;
            for (Future<long[]> run : runs) {
                long[] nanos = run.get();
                errors += nanos[0];
                for (int i = 1; i < nanos.length; i++) {
                    latencies.add(nanos[i]);
                }
            }
            long[] all = latencies.stream().mapToLong(Long::longValue).toArray();
            return new WrkLoad.Result(TARGET, query, clients, all.length / (duration.toNanos() / 1e9),
                    all.length == 0 ? Double.NaN : Stats.quantileMillis(all, 0.99), errors);
        } finally {
            threads.shutdownNow();
        }
    }

    /** One client's latencies until {@code end}, after its error count at index 0. */
    private static long[] client(Driver driver, String cypher, Map<String, Object> parameters, long end) {
        List<Long> nanos = new ArrayList<>();
        long errors = 0;
        while (System.nanoTime() < end) {
            long start = System.nanoTime();
            try {
                driver.executableQuery(cypher).withParameters(parameters).execute();
                nanos.add(System.nanoTime() - start);
            } catch (RuntimeException e) {
                errors++;
            }
        }
        long[] result = new long[nanos.size() + 1];
        result[0] = errors;
        for (int i = 0; i < nanos.size(); i++) {
            result[i + 1] = nanos.get(i);
        }
        return result;
    }
}
