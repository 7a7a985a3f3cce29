package io.dutygraph.bench;

import io.dutygraph.plan.ParsedPlan;
import io.dutygraph.plan.reading.PlanParser;
import io.dutygraph.plan.reading.PlanText;
import io.dutygraph.plan.units.UnitDirectory;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs every benchmark and prints one table (Markdown) and a machine-readable report (JSON):
 * parser micro-benchmark (JMH), start-up, ingest at S/M/L, GraphQL vs Cypher at S and L, HTTP load.
 * Run with {@code ./mvnw -Pbench test-compile exec:exec} (sizes: {@code -Dbench.sizes=S,L}).
 */
public final class BenchmarkMain {

    private final boolean skipParserAndStartup;
    private final Map<String, Object> report = new LinkedHashMap<>();
    private final StringBuilder table = new StringBuilder();

    private BenchmarkMain(boolean skipParserAndStartup) {
        this.skipParserAndStartup = skipParserAndStartup;
    }

    public static void main(String[] args) throws Exception {
        List<String> sizes = List.of("S", "M", "L");
        Path reportFile = Path.of("target/bench-report.json");
        boolean skipParserAndStartup = false;
        for (String arg : args) {
            if (arg.equals("--skip-parser-and-startup")) {
                skipParserAndStartup = true;
            } else if (arg.startsWith("--sizes=")) {
                sizes = Arrays.asList(arg.substring("--sizes=".length()).split(","));
            } else if (arg.startsWith("--report=")) {
                reportFile = Path.of(arg.substring("--report=".length()));
            }
        }
        new BenchmarkMain(skipParserAndStartup).run(sizes, reportFile);
        System.exit(0);
    }

    private void run(List<String> sizes, Path reportFile) throws Exception {
        report.put("machine", machine());
        section("Machine", "| " + machine().get("cpus") + " cores | " + machine().get("os") + " | Java "
                + machine().get("java") + " | max heap " + machine().get("maxHeapMb") + " MB |");
        if (!skipParserAndStartup) {
            parser();
            startup();
        }
        List<Ingest.Result> ingests = new ArrayList<>();
        List<QueryComparison.Result> queries = new ArrayList<>();
        List<HttpLoad.Result> loads = new ArrayList<>();
        for (String size : sizes) {
            try (RunningApp app = new RunningApp(size.equals("L") ? "2g" : "256m")) {
                if (size.equals("S")) {
                    realPlanWarmLoad(app);
                } else {
                    SyntheticCorpus corpus = size.equals("M") ? SyntheticCorpus.medium() : SyntheticCorpus.large();
                    ingests.add(Ingest.run(corpus, app.loader()));
                    System.out.println("ingest " + ingests.get(ingests.size() - 1));
                }
                if (!size.equals("M")) {
                    List<QueryComparison.Result> measured = new QueryComparison(app.httpPort(), app.driver())
                            .run(size, 100, 300);
                    measured.forEach(System.out::println);
                    queries.addAll(measured);
                    loads.add(HttpLoad.run(size, app.httpPort(), 16, Duration.ofSeconds(15)));
                    System.out.println("load " + loads.get(loads.size() - 1));
                }
                if (size.equals("L")) {
                    exportTimes(ExportTimes.run(app, 3, 10));
                }
            }
        }
        printIngest(ingests);
        printQueries(queries);
        printLoads(loads);
        report.put("ingest", ingests);
        report.put("queries", queries.stream().map(q -> Map.of("size", q.size(), "query", q.query(),
                "graphql", q.graphql(), "cypher", q.cypher(), "ratio", q.ratio())).toList());
        report.put("httpLoad", loads.stream().map(l -> Map.of("size", l.size(), "clients", l.clients(),
                "seconds", l.seconds(), "requests", l.requests(), "errors", l.errors(),
                "requestsPerSecond", l.requestsPerSecond())).toList());
        Files.createDirectories(reportFile.toAbsolutePath().getParent());
        JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build().writeValue(reportFile.toFile(), report);
        System.out.println("\n" + table + "\nreport: " + reportFile.toAbsolutePath());
    }

    private void parser() throws Exception {
        Map<String, Object> figures = new LinkedHashMap<>();
        StringBuilder rows = new StringBuilder("| benchmark | µs per plan | plans/s |\n|---|---:|---:|\n");
        for (RunResult result : new Runner(new OptionsBuilder().include(ParserBenchmark.class.getSimpleName())
                .shouldFailOnError(true).build()).run()) {
            String name = result.getParams().getBenchmark().replaceAll(".*\\.", "");
            double micros = result.getPrimaryResult().getScore();
            figures.put(name, micros);
            rows.append(String.format("| %s | %.0f | %.0f |%n", name, micros, 1e6 / micros));
        }
        report.put("parserJmh", figures);
        section("Parser (JMH, average time per plan)", rows.toString());
    }

    private void startup() throws Exception {
        List<StartupProbe.Result> results = List.of(StartupProbe.run("512m"), StartupProbe.run("256m"));
        report.put("startup", results);
        StringBuilder rows = new StringBuilder("| heap | start → ready (bundled plan loaded) | RSS after ready |\n|---|---:|---:|\n");
        results.forEach(r -> rows.append(String.format("| -Xmx%s | %.1f s | %d MB |%n", r.heap(), r.secondsToReady(),
                r.rssKb() / 1024)));
        section("Start-up (separate JVM, embedded Neo4j, empty data folder)", rows.toString());
    }

    private void realPlanWarmLoad(RunningApp app) throws Exception {
        byte[] bytes;
        try (InputStream in = BenchmarkMain.class.getClassLoader().getResourceAsStream("plans/wujiang-2024.txt")) {
            bytes = in.readAllBytes();
        }
        PlanParser parser = new PlanParser(UnitDirectory.bundled());
        long[] nanos = new long[30];
        for (int i = -10; i < nanos.length; i++) {
            long start = System.nanoTime();
            ParsedPlan plan = parser.parse(PlanText.decode("wujiang-2024.txt", bytes));
            app.loader().loadAll(List.of(plan));
            if (i >= 0) {
                nanos[i] = System.nanoTime() - start;
            }
        }
        Stats stats = Stats.of(nanos);
        report.put("realPlanParseAndLoadWarm", stats);
        section("S: the real plan parsed and loaded (warm, replacing itself)", String.format(
                "| median | p99 |%n|---:|---:|%n| %.0f ms | %.0f ms |%n", stats.medianMillis(), stats.p99Millis()));
    }

    private void printIngest(List<Ingest.Result> results) {
        StringBuilder rows = new StringBuilder("| size | plans | tasks | assignments | parse | parse tasks/s | load | "
                + "load edges/s | peak RSS |\n|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        results.forEach(r -> rows.append(String.format("| %s | %d | %d | %d | %.1f s | %.0f | %.1f s | %.0f | %d MB |%n",
                r.size(), r.plans(), r.tasks(), r.assignments(), r.parseSeconds(), r.tasksPerSecondParsed(),
                r.loadSeconds(), r.edgesPerSecondLoaded(), r.peakRssKb() / 1024)));
        section("Ingest (" + Ingest.PLANS_PER_TRANSACTION + " plans per transaction)", rows.toString());
    }

    private void printQueries(List<QueryComparison.Result> results) {
        StringBuilder rows = new StringBuilder("| size | query | GraphQL median | GraphQL p99 | Cypher median | "
                + "Cypher p99 | GraphQL / Cypher |\n|---|---|---:|---:|---:|---:|---:|\n");
        results.forEach(r -> rows.append(String.format("| %s | %s | %.2f ms | %.2f ms | %.2f ms | %.2f ms | %.2f |%n",
                r.size(), r.query(), r.graphql().medianMillis(), r.graphql().p99Millis(), r.cypher().medianMillis(),
                r.cypher().p99Millis(), r.ratio())));
        section("Queries: GraphQL over HTTP vs the same question in Cypher through the driver (interleaved)",
                rows.toString());
    }

    private void printLoads(List<HttpLoad.Result> results) {
        StringBuilder rows = new StringBuilder("| size | clients | duration | requests | requests/s | errors |\n"
                + "|---|---:|---:|---:|---:|---:|\n");
        results.forEach(r -> rows.append(String.format("| %s | %d | %.0f s | %d | %.0f | %d |%n", r.size(),
                r.clients(), r.seconds(), r.requests(), r.requestsPerSecond(), r.errors())));
        section("HTTP load (simple query `task(number) { number text }`, localhost)", rows.toString());
    }

    private void exportTimes(List<ExportTimes.Result> results) {
        report.put("exports", results);
        StringBuilder rows = new StringBuilder("| plan | file | bytes | median | p99 |\n|---|---|---:|---:|---:|\n");
        results.forEach(r -> rows.append(String.format("| %s | %s | %d | %.1f ms | %.1f ms |%n", r.plan(), r.file(),
                r.bytes(), r.stats().medianMillis(), r.stats().p99Millis())));
        section("Exports of one plan inside the L graph (warm, to a counting sink)", rows.toString());
    }

    private void section(String title, String body) {
        String text = "### " + title + "\n\n" + body + "\n";
        System.out.println(text);
        table.append(text);
    }

    private static Map<String, Object> machine() {
        Runtime runtime = Runtime.getRuntime();
        return Map.of("cpus", runtime.availableProcessors(), "maxHeapMb", runtime.maxMemory() / (1024 * 1024),
                "java", System.getProperty("java.version"),
                "os", System.getProperty("os.name") + " " + System.getProperty("os.arch"));
    }
}
