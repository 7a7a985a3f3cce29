package io.dutygraph.bench;

import io.dutygraph.graph.load.PlanLoader;
import io.dutygraph.plan.LoadOptions;
import io.dutygraph.plan.ParsedPlan;
import io.dutygraph.plan.ParsedTask;
import io.dutygraph.plan.PlanRevision;
import io.dutygraph.plan.reading.PlanParser;
import io.dutygraph.plan.reading.PlanText;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Load and reload of one large plan, with the application's default transaction memory: the first load of a
 * plan of {@code tasks} tasks (fresh); the same plan loaded again (unchanged); a revision of it, as a district
 * publishes one (a tenth of the tasks reworded, a twentieth with a unit less, 1% dropped and 1% added); and, the
 * worst case, a version with every task reworded and every task with more than one unit given one unit less.
 */
final class Reload {

    record Result(int tasks, int assignments, double freshSeconds, double unchangedSeconds, double revisedSeconds,
            double rewrittenSeconds, String failure) {

        /** The goal's ratio: the revision's reload to the fresh load. */
        double ratio() {
            return revisedSeconds / freshSeconds;
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
            double fresh = seconds(loader, plan);
            double unchanged = seconds(loader, plan);
            double revised = seconds(loader, revised(plan));
            loader.load(plan);
            double rewritten = seconds(loader, rewritten(plan));
            return new Result(plan.tasks().size(), plan.assignmentCount(), fresh, unchanged, revised, rewritten, null);
        } catch (RuntimeException e) {
            Throwable cause = e;
            while (cause.getCause() != null) {
                cause = cause.getCause();
            }
            return new Result(plan.tasks().size(), plan.assignmentCount(), Double.NaN, Double.NaN, Double.NaN,
                    Double.NaN, cause.getClass().getSimpleName() + ": " + cause.getMessage());
        }
    }

    private static double seconds(PlanLoader loader, ParsedPlan plan) {
        long start = System.nanoTime();
        loader.load(plan);
        return (System.nanoTime() - start) / 1e9;
    }

    static ParsedPlan revised(ParsedPlan plan) {
        PlanRevision revision = PlanRevision.of(plan);
        int last = plan.tasks().get(plan.tasks().size() - 1).number();
        for (ParsedTask task : plan.tasks()) {
            int number = task.number();
            if (number % 100 == 7) {
                revision.addLike(number, last + number);
                revision.remove(number);
            } else if (number % 10 == 0) {
                revision.reword(number, "(修订)");
            } else if (number % 20 == 5 && task.units().size() > 1) {
                revision.dropLastUnit(number);
            }
        }
        return revision.build();
    }

    static ParsedPlan rewritten(ParsedPlan plan) {
        PlanRevision revision = PlanRevision.of(plan);
        for (ParsedTask task : plan.tasks()) {
            revision.reword(task.number(), "(重写)");
            if (task.units().size() > 1) {
                revision.dropLastUnit(task.number());
            }
        }
        return revision.build();
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
