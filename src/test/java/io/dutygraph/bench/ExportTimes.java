package io.dutygraph.bench;

import io.dutygraph.export.Export;
import io.dutygraph.export.Exports;
import io.dutygraph.graph.query.PlanQueries;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * How long each export of one plan takes inside the L graph (1,000 plans, ~1M assignments): the real plan and a
 * synthetic one, each file written to a counting sink, warm. Part of {@link BenchmarkMain} at L; alone:
 * {@code java -Xmx6g -cp target/test-classes:target/classes:<classpath> io.dutygraph.bench.ExportTimes}.
 */
final class ExportTimes {

    static final List<String> FILES = List.of("assignments.csv", "assignments.xlsx", "targets.csv", "targets.xlsx",
            "network.graphml", "network.gexf");

    record Result(String plan, String file, long bytes, Stats stats) {
    }

    private ExportTimes() {
    }

    static List<Result> run(RunningApp app, int warmups, int runs) throws IOException {
        Exports exports = app.bean(Exports.class);
        String synthetic = app.bean(PlanQueries.class).plans().get(0).id();
        List<Result> results = new ArrayList<>();
        for (String plan : List.of("wujiang-2024", synthetic)) {
            for (String file : FILES) {
                long bytes = 0;
                long[] nanos = new long[runs];
                for (int i = -warmups; i < runs; i++) {
                    CountingSink sink = new CountingSink();
                    long start = System.nanoTime();
                    Export export = exports.export(plan, file);
                    export.writeTo(sink);
                    if (i >= 0) {
                        nanos[i] = System.nanoTime() - start;
                    }
                    bytes = sink.bytes;
                }
                results.add(new Result(plan, file, bytes, Stats.of(nanos)));
            }
        }
        return results;
    }

    /** Counts the bytes written and keeps none. */
    private static final class CountingSink extends OutputStream {

        long bytes;

        @Override
        public void write(int b) {
            bytes++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            bytes += len;
        }
    }

    public static void main(String[] args) throws Exception {
        try (RunningApp app = new RunningApp("2g")) {
            System.out.println("ingest " + Ingest.run(SyntheticCorpus.large(), app.loader()));
            System.out.println("| plan | file | bytes | median | p99 |\n|---|---|---:|---:|---:|");
            for (Result r : run(app, 3, 10)) {
                System.out.printf("| %s | %s | %d | %.1f ms | %.1f ms |%n", r.plan(), r.file(), r.bytes(),
                        r.stats().medianMillis(), r.stats().p99Millis());
            }
        }
        System.exit(0);
    }
}
