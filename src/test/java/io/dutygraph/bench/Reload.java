package io.dutygraph.bench;

import io.dutygraph.graph.load.PlanLoader;
import io.dutygraph.plan.LoadOptions;
import io.dutygraph.plan.ParsedPlan;
import io.dutygraph.plan.reading.PlanParser;
import io.dutygraph.plan.reading.PlanText;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Load and reload of one large plan, with the application's default transaction memory: the first load of a
 * plan of {@code tasks} tasks (fresh), then the same plan loaded again (replacing itself).
 */
final class Reload {

    record Result(int tasks, int assignments, double freshSeconds, double reloadSeconds, String failure) {

        double ratio() {
            return reloadSeconds / freshSeconds;
        }
    }

    private Reload() {
    }

    static ParsedPlan plan(int tasks) {
        Random random = new Random(SyntheticCorpus.SEED);
        SyntheticDistrict district = SyntheticDistrict.create(0, random);
        String source = "synthetic-" + district.name() + "-2024.txt";
        String text = new SyntheticPlanWriter(district, random).write(2024, tasks, 8.3);
        LoadOptions place = new LoadOptions("某市" + district.name(), null);
        return new PlanParser(district.directory()).parse(PlanText.decode(source, text.getBytes(StandardCharsets.UTF_8)),
                place);
    }

    static Result run(PlanLoader loader, int tasks) {
        ParsedPlan plan = plan(tasks);
        try {
            long start = System.nanoTime();
            loader.load(plan);
            double fresh = (System.nanoTime() - start) / 1e9;
            start = System.nanoTime();
            loader.load(plan);
            double reload = (System.nanoTime() - start) / 1e9;
            return new Result(plan.tasks().size(), plan.assignmentCount(), fresh, reload, null);
        } catch (RuntimeException e) {
            Throwable cause = e;
            while (cause.getCause() != null) {
                cause = cause.getCause();
            }
            return new Result(plan.tasks().size(), plan.assignmentCount(), Double.NaN, Double.NaN,
                    cause.getClass().getSimpleName() + ": " + cause.getMessage());
        }
    }

    /** {@code ./mvnw -Pbench test-compile exec:exec@reload}: 10,000 and 20,000 tasks, default settings. */
    public static void main(String[] args) {
        // -Dbench.args="memory=256m tasks=10000": another transaction memory than the default (auto: half the heap).
        List<String> options = Arrays.stream(args).flatMap(a -> Arrays.stream(a.trim().split("\\s+"))).toList();
        String memory = options.stream().filter(o -> o.startsWith("memory=")).map(o -> o.substring(7)).findFirst()
                .orElse("auto");
        String sizes = options.stream().filter(o -> o.startsWith("tasks=")).map(o -> o.substring(6)).findFirst()
                .orElse("10000,20000");
        try (RunningApp app = new RunningApp("512m", "--dutygraph.neo4j.embedded.transaction-memory=" + memory)) {
            for (int tasks : Arrays.stream(sizes.split(","))
                    .mapToInt(Integer::parseInt).toArray()) {
                System.out.println("reload " + run(app.loader(), tasks));
            }
        }
        System.exit(0);
    }
}
