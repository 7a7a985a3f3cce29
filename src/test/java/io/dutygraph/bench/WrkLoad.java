package io.dutygraph.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.json.JsonMapper;

/**
 * Throughput with {@code wrk} (a C load generator: a Java one on the same 2 cores measures itself): one GraphQL
 * POST sent back to back by {@code clients} connections on 2 threads; requests/s, p99 latency, and errors
 * (non-2xx answers and socket errors). Each document is first checked to answer without GraphQL errors.
 */
final class WrkLoad {

    record Result(String target, String query, int clients, double requestsPerSecond, double p99Millis, long errors) {
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private WrkLoad() {
    }

    static boolean available() {
        return Files.isExecutable(Path.of("/usr/bin/wrk")) || Files.isExecutable(Path.of("/usr/local/bin/wrk"));
    }

    static Result run(String target, String url, String query, String document, Map<String, Object> variables,
            int clients, int seconds) throws IOException, InterruptedException {
        String body = JSON.writeValueAsString(Map.of("query", document, "variables", variables));
        Path script = Files.createTempFile("wrk-", ".lua");
        Files.writeString(script, "wrk.method = \"POST\"\nwrk.headers[\"Content-Type\"] = \"application/json\"\n"
                + "wrk.body = " + luaString(body) + "\n", StandardCharsets.UTF_8);
        try {
            List<String> command = new ArrayList<>(List.of("wrk", "-t" + Math.min(2, clients), "-c" + clients,
                    "-d" + seconds + "s", "--latency", "-s", script.toString(), url));
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            process.waitFor(seconds + 30L, TimeUnit.SECONDS);
            return new Result(target, query, clients, number(output, "Requests/sec:\\s+([\\d.]+)"),
                    millis(output, "\\n\\s+99%\\s+([\\d.]+)(us|ms|s)"), errors(output));
        } finally {
            Files.deleteIfExists(script);
        }
    }

    private static String luaString(String text) {
        StringBuilder lua = new StringBuilder("\"");
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c == '"' || c == '\\' || c < 0x20 || c >= 0x7f) {
                lua.append('\\').append(c);
            } else {
                lua.append((char) c);
            }
        }
        return lua.append('"').toString();
    }

    private static double number(String output, String regex) {
        Matcher m = Pattern.compile(regex).matcher(output);
        if (!m.find()) {
            throw new IllegalStateException("wrk said:\n" + output);
        }
        return Double.parseDouble(m.group(1));
    }

    private static double millis(String output, String regex) {
        Matcher m = Pattern.compile(regex).matcher(output);
        if (!m.find()) {
            return Double.NaN;
        }
        double value = Double.parseDouble(m.group(1));
        return switch (m.group(2)) {
            case "us" -> value / 1000;
            case "s" -> value * 1000;
            default -> value;
        };
    }

    private static long errors(String output) {
        long errors = 0;
        Matcher non2xx = Pattern.compile("Non-2xx or 3xx responses:\\s+(\\d+)").matcher(output);
        if (non2xx.find()) {
            errors += Long.parseLong(non2xx.group(1));
        }
        Matcher socket = Pattern.compile("Socket errors: connect (\\d+), read (\\d+), write (\\d+), timeout (\\d+)")
                .matcher(output);
        if (socket.find()) {
            for (int g = 1; g <= 4; g++) {
                errors += Long.parseLong(socket.group(g));
            }
        }
        return errors;
    }
}
