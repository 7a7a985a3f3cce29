package io.dutygraph.bench;

import io.dutygraph.plan.ParsedPlan;
import io.dutygraph.plan.reading.PlanParser;
import io.dutygraph.plan.reading.PlanText;
import io.dutygraph.web.ExplorerBrowser;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Time from opening the explorer's network view to the network drawn (the page's first rendered frame of the
 * chart, read from {@code performance.now()}, which counts from the page's navigation start), in headless chromium:
 * on the bundled plan and on a synthetic plan of about 2,000 units. One warm-up, then the median of five.
 * Run with {@code ./mvnw -Pbench test-compile exec:exec@explorer}.
 */
public final class ExplorerTiming {

    private static final int RUNS = 5;

    private ExplorerTiming() {
    }

    public static void main(String[] args) throws Exception {
        int departments = args.length > 0 ? Integer.parseInt(args[0]) : 1950;
        try (RunningApp app = new RunningApp("512m");
                ExplorerBrowser browser = new ExplorerBrowser(Files.createTempDirectory("explorer-timing-"))) {
            String base = "http://127.0.0.1:" + app.httpPort() + "/?view=network&plan=";
            report("bundled plan", browser, base + "wujiang-2024");
            SyntheticDistrict district = SyntheticDistrict.wide(departments, new Random(SyntheticCorpus.SEED));
            String text = new SyntheticPlanWriter(district, new Random(SyntheticCorpus.SEED)).write(2024, 1500, 8.3);
            ParsedPlan plan = new PlanParser(district.directory())
                    .parse(PlanText.decode("synthetic-wide.txt", text.getBytes(StandardCharsets.UTF_8)));
            app.loader().loadAll(List.of(plan));
            report("synthetic plan (" + plan.tasks().size() + " tasks)", browser, base + "synthetic-wide");
        }
        System.exit(0);
    }

    private static void report(String name, ExplorerBrowser browser, String url) {
        List<Long> times = new ArrayList<>();
        String status = "";
        for (int run = 0; run <= RUNS; run++) {
            browser.open(url);
            long drawn = browser.drawnNetworkSincePageOpen();
            status = browser.networkStatus();
            if (run > 0) {
                times.add(drawn);
            }
        }
        times.sort(null);
        System.out.printf("explorer network, %s: page open → network drawn, median %d ms (min %d, max %d, %d runs); %s%n",
                name, times.get(times.size() / 2), times.get(0), times.get(times.size() - 1), RUNS, status);
    }
}
