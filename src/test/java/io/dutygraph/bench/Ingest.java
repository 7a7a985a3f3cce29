package io.dutygraph.bench;

import io.dutygraph.graph.load.PlanLoader;
import io.dutygraph.plan.LoadOptions;
import io.dutygraph.plan.ParsedPlan;
import io.dutygraph.plan.reading.PlanParser;
import io.dutygraph.plan.reading.PlanText;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.json.JsonMapper;

/** Parse throughput (tasks/s) and load throughput (assignment edges/s) of a corpus. */
final class Ingest {

    private static final String RESULT_LINE = "ingest-result ";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /**
     * Plans per load transaction: large enough to amortise commits, small enough for the peak RSS goal. At L with the
     * app's JVM options (2026-12-05): 25 plans peaked at 1,501-1,538 MiB (the goal is 1,536), 20 at 1,444, 15 at 1,378,
     * loading in 57-63 s either way.
     */
    static final int PLANS_PER_TRANSACTION = 15;

    record Result(String size, int plans, int tasks, int assignments, double parseSeconds, double loadSeconds,
            long peakRssKb) {

        double tasksPerSecondParsed() {
            return tasks / parseSeconds;
        }

        double edgesPerSecondLoaded() {
            return assignments / loadSeconds;
        }
    }

    private Ingest() {
    }

    /**
     * {@code ./mvnw -Pbench test-compile exec:exec@ingest}: the L corpus (or {@code M}) loaded alone. With a second
     * argument, into that data folder, which is kept, and the result printed as one JSON line ({@link #inChildJvm}).
     */
    public static void main(String[] args) throws IOException {
        String size = args.length > 0 ? args[0] : "L";
        SyntheticCorpus corpus = size.equals("M") ? SyntheticCorpus.medium() : SyntheticCorpus.large();
        if (args.length > 1) {
            try (RunningApp app = RunningApp.over(Path.of(args[1]), size.equals("L") ? "2g" : "256m")) {
                System.out.println(RESULT_LINE + JSON.writeValueAsString(run(corpus, app.loader())));
            }
        } else {
            try (RunningApp app = new RunningApp(size.equals("L") ? "2g" : "256m")) {
                System.out.println("ingest " + run(corpus, app.loader()));
            }
        }
        System.exit(0);
    }

    /**
     * The corpus ingested by a JVM of its own, started as the app is run (README's JVM options), into
     * {@code dataDirectory}: its peak RSS is the ingest's alone, not that of a benchmark JVM that ran other stages.
     */
    static Result inChildJvm(String size, Path dataDirectory) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED", "--add-opens=java.base/java.nio=ALL-UNNAMED",
                "--add-opens=java.base/java.io=ALL-UNNAMED"));
        command.addAll(StartupProbe.APP_JVM_OPTIONS);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), Ingest.class.getName(), size,
                dataDirectory.toString()));
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String result = null;
        try (BufferedReader out = process.inputReader(StandardCharsets.UTF_8)) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                if (line.startsWith(RESULT_LINE)) {
                    result = line.substring(RESULT_LINE.length());
                }
            }
        }
        int exit = process.waitFor();
        if (exit != 0 || result == null) {
            throw new IllegalStateException("the ingest JVM exited with " + exit + " and no result; command: " + command);
        }
        return JSON.readValue(result, Result.class);
    }

    /** A corpus read as the app reads it, and how long that took. */
    record Parsed(List<ParsedPlan> plans, double seconds) {
    }

    /** Reads every plan of the corpus with its generated unit directory (for the import ceiling's CSV). */
    static Parsed parse(SyntheticCorpus corpus) {
        long parseStart = System.nanoTime();
        List<ParsedPlan> parsed = corpus.plans().stream().map(Ingest::parse).toList();
        return new Parsed(parsed, (System.nanoTime() - parseStart) / 1e9);
    }

    private static ParsedPlan parse(SyntheticCorpus.SyntheticPlan plan) {
        // The synthetic issuer (某市山顺区0人民政府) holds a digit, which the reader does not take for a place name.
        LoadOptions place = new LoadOptions(plan.source().replaceAll("^synthetic-(.*)-\\d{4}\\.txt$", "某市$1"), null);
        return new PlanParser(plan.directory())
                .parse(PlanText.decode(plan.source(), plan.text().getBytes(StandardCharsets.UTF_8)), place);
    }

    /**
     * Parses and loads the corpus a transaction's worth of plans at a time, as a stream of files arrives: only one
     * batch is held parsed. Parse and load are timed apart.
     */
    static Result run(SyntheticCorpus corpus, PlanLoader loader) {
        long parseNanos = 0;
        long loadNanos = 0;
        int tasks = 0;
        int assignments = 0;
        List<SyntheticCorpus.SyntheticPlan> plans = corpus.plans();
        for (int from = 0; from < plans.size(); from += PLANS_PER_TRANSACTION) {
            long start = System.nanoTime();
            List<ParsedPlan> batch = plans.subList(from, Math.min(plans.size(), from + PLANS_PER_TRANSACTION))
                    .stream().map(Ingest::parse).toList();
            long parsed = System.nanoTime();
            loader.loadAll(batch);
            loadNanos += System.nanoTime() - parsed;
            parseNanos += parsed - start;
            tasks += batch.stream().mapToInt(p -> p.tasks().size()).sum();
            assignments += batch.stream().mapToInt(ParsedPlan::assignmentCount).sum();
        }
        return new Result(corpus.size(), plans.size(), tasks, assignments, parseNanos / 1e9, loadNanos / 1e9,
                ProcessMemory.peakRssKb());
    }
}
