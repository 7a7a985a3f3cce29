package io.dutygraph.graph.load;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A digest of each chapter's, section's and task's content as written to the graph, by key: what a plan's next
 * load compares its new version with, so only what changed is written. A task has three, so its text, its leaders
 * and units, and its targets are each rewritten only when they changed.
 */
record PlanDigest(Map<String, String> chapters, Map<String, String> sections, Map<String, TaskDigest> tasks) {

    /** A plan not in the graph: everything is new. */
    static final PlanDigest NONE = new PlanDigest(Map.of(), Map.of(), Map.of());

    /** Bumped whenever the rows change shape, so digests of an older release never match. */
    private static final String FORMAT = "1";

    /** Stands for a node in the graph whose digest is not known (written before digests were kept). */
    private static final String UNKNOWN = "?";

    /** Of a task: its own properties and section; its leaders and units; its targets. */
    record TaskDigest(String own, String links, String targets) {

        static final TaskDigest UNKNOWN_TASK = new TaskDigest(UNKNOWN, UNKNOWN, UNKNOWN);

        String stored() {
            return own + " " + links + " " + targets;
        }

        static TaskDigest parse(String stored) {
            String[] parts = stored.split(" ");
            return parts.length == 3 ? new TaskDigest(parts[0], parts[1], parts[2]) : UNKNOWN_TASK;
        }
    }

    /**
     * What a plan holds now, from a row of {@code load/digests-of-plans.cypher}: the graph's keys, each with the
     * digest last written for it, or one that matches nothing.
     */
    static PlanDigest fromGraph(Map<String, Object> row) {
        Map<?, ?> stored = row.get("digest") instanceof Map<?, ?> digest ? digest : Map.of();
        Map<String, String> chapters = keyed(row.get("chapterKeys"), stored, "chapter");
        Map<String, String> sections = keyed(row.get("sectionKeys"), stored, "section");
        Map<String, TaskDigest> tasks = new LinkedHashMap<>();
        keyed(row.get("taskKeys"), stored, "task").forEach((key, value) -> tasks.put(key, TaskDigest.parse(value)));
        return new PlanDigest(chapters, sections, tasks);
    }

    /** The properties of the plan's {@code PlanDigest} node: keys and digests in parallel lists. */
    Map<String, Object> toRow(String planId) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("planId", planId);
        row.put("chapterKeys", List.copyOf(chapters.keySet()));
        row.put("chapterDigests", List.copyOf(chapters.values()));
        row.put("sectionKeys", List.copyOf(sections.keySet()));
        row.put("sectionDigests", List.copyOf(sections.values()));
        row.put("taskKeys", List.copyOf(tasks.keySet()));
        row.put("taskDigests", tasks.values().stream().map(TaskDigest::stored).toList());
        return row;
    }

    private static Map<String, String> keyed(Object graphKeys, Map<?, ?> stored, String kind) {
        Map<String, String> digests = new LinkedHashMap<>();
        List<?> keys = stored.get(kind + "Keys") instanceof List<?> list ? list : List.of();
        List<?> values = stored.get(kind + "Digests") instanceof List<?> list ? list : List.of();
        Map<Object, Object> known = new LinkedHashMap<>();
        for (int i = 0; i < Math.min(keys.size(), values.size()); i++) {
            known.put(keys.get(i), values.get(i));
        }
        for (Object key : graphKeys instanceof List<?> list ? list : List.of()) {
            digests.put(String.valueOf(key), known.getOrDefault(key, UNKNOWN).toString());
        }
        return digests;
    }

    /** A digest of rows (maps, lists, strings, numbers, booleans, nulls): equal content, equal digest. */
    static String of(Object content) {
        StringBuilder canonical = new StringBuilder(FORMAT);
        write(content, canonical);
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(canonical.toString().getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(hash, 12));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** Length-prefixed and typed, so no two different contents write the same text. */
    private static void write(Object value, StringBuilder out) {
        if (value instanceof Map<?, ?> map) {
            out.append('{').append(map.size()).append(':');
            String[] keys = map.keySet().stream().map(String::valueOf).sorted().toArray(String[]::new);
            for (String key : keys) {
                write(key, out);
                write(map.get(key), out);
            }
        } else if (value instanceof List<?> list) {
            out.append('[').append(list.size()).append(':');
            list.forEach(item -> write(item, out));
        } else if (value instanceof String text) {
            out.append('s').append(text.length()).append(':').append(text);
        } else if (value == null) {
            out.append('0');
        } else {
            String text = value.toString();
            out.append(value.getClass().getSimpleName().charAt(0)).append(text.length()).append(':').append(text);
        }
    }
}
