package io.dutygraph.bench;

import io.dutygraph.plan.ParsedPlan;
import io.dutygraph.plan.reading.PlanParser;
import io.dutygraph.plan.reading.PlanSource;
import io.dutygraph.plan.units.UnitDirectory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Parse time per layout and file type: each file under the given folders parsed after a warm-up, median of many
 * runs. {@code java -cp target/classes:target/test-classes:<classpath> io.dutygraph.bench.LayoutParseTimes DIR…}
 */
public final class LayoutParseTimes {

    private static final int WARM_UP = 200;
    private static final int RUNS = 500;

    private LayoutParseTimes() {
    }

    public static void main(String[] args) throws IOException {
        PlanParser parser = new PlanParser(UnitDirectory.bundled());
        System.out.println("| file | tasks | median µs per parse |\n|---|---:|---:|");
        for (String folder : args) {
            try (var files = Files.list(Path.of(folder))) {
                for (Path file : files.filter(LayoutParseTimes::isPlan).sorted().toList()) {
                    PlanSource source = PlanSource.read(file);
                    ParsedPlan plan = parser.parse(source, Optional.empty());
                    long[] nanos = new long[RUNS];
                    for (int i = -WARM_UP; i < RUNS; i++) {
                        long start = System.nanoTime();
                        parser.parse(source, Optional.empty());
                        if (i >= 0) {
                            nanos[i] = System.nanoTime() - start;
                        }
                    }
                    Arrays.sort(nanos);
                    System.out.printf("| %s | %d | %.0f |%n", file.getFileName(), plan.tasks().size(),
                            nanos[RUNS / 2] / 1000.0);
                }
            }
        }
    }

    private static boolean isPlan(Path file) {
        String name = file.getFileName().toString();
        return List.of(".txt", ".xlsx", ".xls", ".docx", ".html").stream().anyMatch(name::endsWith);
    }
}
