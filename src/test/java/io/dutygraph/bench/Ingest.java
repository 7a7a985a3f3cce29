package io.dutygraph.bench;

import io.dutygraph.graph.load.PlanLoader;
import io.dutygraph.plan.LoadOptions;
import io.dutygraph.plan.ParsedPlan;
import io.dutygraph.plan.reading.PlanParser;
import io.dutygraph.plan.reading.PlanText;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Parse throughput (tasks/s) and load throughput (assignment edges/s) of a corpus. */
final class Ingest {

    /** Plans per load transaction: large enough to amortise round trips, small enough for transaction memory. */
    static final int PLANS_PER_TRANSACTION = 25;

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

    /** {@code ./mvnw -Pbench test-compile exec:exec@ingest}: the L corpus (or {@code M}) loaded alone. */
    public static void main(String[] args) {
        String size = args.length > 0 ? args[0] : "L";
        try (RunningApp app = new RunningApp(size.equals("L") ? "2g" : "256m")) {
            System.out.println("ingest " + run(size.equals("M") ? SyntheticCorpus.medium() : SyntheticCorpus.large(),
                    app.loader()));
        }
        System.exit(0);
    }

    /** A corpus read as the app reads it, and how long that took. */
    record Parsed(List<ParsedPlan> plans, double seconds) {
    }

    /** Reads every plan of the corpus with its generated unit directory (the parse half of {@link #run}). */
    static Parsed parse(SyntheticCorpus corpus) {
        long parseStart = System.nanoTime();
        List<ParsedPlan> parsed = new ArrayList<>(corpus.plans().size());
        for (SyntheticCorpus.SyntheticPlan plan : corpus.plans()) {
            // The synthetic issuer (某市山顺区0人民政府) holds a digit, which the reader does not take for a place name.
            LoadOptions place = new LoadOptions(plan.source().replaceAll("^synthetic-(.*)-\\d{4}\\.txt$", "某市$1"), null);
            parsed.add(new PlanParser(plan.directory())
                    .parse(PlanText.decode(plan.source(), plan.text().getBytes(StandardCharsets.UTF_8)), place));
        }
        return new Parsed(parsed, (System.nanoTime() - parseStart) / 1e9);
    }

    static Result run(SyntheticCorpus corpus, PlanLoader loader) {
        Parsed read = parse(corpus);
        List<ParsedPlan> parsed = read.plans();
        int tasks = parsed.stream().mapToInt(p -> p.tasks().size()).sum();
        int assignments = parsed.stream().mapToInt(ParsedPlan::assignmentCount).sum();
        long loadStart = System.nanoTime();
        for (int from = 0; from < parsed.size(); from += PLANS_PER_TRANSACTION) {
            loader.loadAll(parsed.subList(from, Math.min(parsed.size(), from + PLANS_PER_TRANSACTION)));
        }
        double loadSeconds = (System.nanoTime() - loadStart) / 1e9;
        return new Result(corpus.size(), parsed.size(), tasks, assignments, read.seconds(), loadSeconds,
                ProcessMemory.peakRssKb());
    }
}
