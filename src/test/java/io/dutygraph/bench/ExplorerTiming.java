package io.dutygraph.bench;

import io.dutygraph.plan.LoadOptions;
import io.dutygraph.plan.ParsedPlan;
import io.dutygraph.plan.reading.PlanParser;
import io.dutygraph.plan.reading.PlanText;
import io.dutygraph.web.ExplorerBrowser;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import tools.jackson.databind.json.JsonMapper;

/**
 * Time from opening the explorer's network view to the network drawn (the page's first rendered frame of the
 * chart, read from {@code performance.now()}, which counts from the page's navigation start), in headless chromium:
 * on the bundled plan and on a synthetic plan of about 2,000 units, just loaded. The first open (the API computes
 * the network then; past the API's time limit the page asks again, see network.js), then the median of five more (the API answers from its cache of computed networks). Whether the tab stays
 * responsive: the page's long tasks (main-thread work over 50 ms) until a second after the drawing.
 * The synthetic plan has the real plan's density (2.7 units written per task, 各区镇 standing for nine towns):
 * 2,400 tasks over 1,950 departments and the usual other units.
 * Run with {@code ./mvnw -Pbench test-compile exec:exec@explorer}.
 */
public final class ExplorerTiming {

    private static final int RUNS = 5;

    private ExplorerTiming() {
    }

    public static void main(String[] args) throws Exception {
        int departments = 1950;
        int tasks = 2400;
        double unitsPerTask = 2.7;
        try (RunningApp app = new RunningApp("512m");
                ExplorerBrowser browser = new ExplorerBrowser(Files.createTempDirectory("explorer-timing-"))) {
            String base = "http://127.0.0.1:" + app.httpPort() + "/?view=network&plan=";
            report("bundled plan", browser, base + "wujiang-2024");
            SyntheticDistrict district = SyntheticDistrict.wide(departments, new Random(SyntheticCorpus.SEED));
            String text = new SyntheticPlanWriter(district, new Random(SyntheticCorpus.SEED)).write(2024, tasks, unitsPerTask);
            // The synthetic issuer carries a digit (东西区0人民政府), which names no jurisdiction: give it, as load does.
            ParsedPlan plan = new PlanParser(district.directory()).parse(
                    PlanText.decode("synthetic-wide.txt", text.getBytes(StandardCharsets.UTF_8)),
                    new LoadOptions(district.name(), 2024));
            app.loader().loadAll(List.of(plan));
            report("synthetic plan (" + plan.tasks().size() + " tasks)", browser, base + "synthetic-wide");
            apiAnswer(app.httpPort(), "synthetic-wide");
        }
        System.exit(0);
    }

    /** How long the API takes for the network (kept since the page asked for it), and how large the answer is. */
    private static void apiAnswer(int port, String planId) throws Exception {
        byte[] body = JsonMapper.builder().build().writeValueAsBytes(Map.of(
                "query", QueryComparison.resource("bench/graphql/coordinationNetwork.graphql"), "variables", Map.of("plan", planId)));
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/graphql"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        for (int run = 0; run < 2; run++) {
            long start = System.nanoTime();
            String answer = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()).body();
            System.out.printf("API coordinationNetwork(plan: %s): %d ms, %d characters%s%n", planId,
                    (System.nanoTime() - start) / 1_000_000, answer.length(),
                    answer.contains("\"errors\"") ? ", " + answer.substring(0, Math.min(300, answer.length())) : "");
        }
    }

    private static void report(String name, ExplorerBrowser browser, String url) throws InterruptedException {
        List<Long> times = new ArrayList<>();
        long first = 0;
        double longest = 0;
        double blocked = 0;
        String status = "";
        browser.recordLongTasks();
        for (int run = 0; run <= RUNS; run++) {
            browser.open(url);
            long drawn = browser.drawnNetworkSincePageOpen();
            Thread.sleep(1000); // the frames after the first, and any work they bring
            List<Double> longTasks = browser.longTasks();
            status = browser.networkStatus();
            if (run == 0) {
                first = drawn;
            } else {
                times.add(drawn);
                longest = Math.max(longest, longTasks.stream().mapToDouble(Double::doubleValue).max().orElse(0));
                blocked = Math.max(blocked, longTasks.stream().mapToDouble(Double::doubleValue).sum());
            }
        }
        browser.screenshot(Path.of("target/explorer-screenshots"), "timing-" + url.substring(url.lastIndexOf('=') + 1));
        times.sort(null);
        System.out.printf("explorer network, %s: page open → network drawn, first open %d ms (the API computes the "
                + "network), then median %d ms (min %d, max %d, %d runs); longest main-thread task %.0f ms, at most %.0f ms "
                + "of long tasks per page open; %s%n", name, first, times.get(times.size() / 2), times.get(0),
                times.get(times.size() - 1), RUNS, longest, blocked, status);
    }
}
