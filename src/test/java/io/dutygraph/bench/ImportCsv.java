package io.dutygraph.bench;

import io.dutygraph.graph.load.LoadParameters;
import io.dutygraph.graph.load.TargetParameters;
import io.dutygraph.plan.ParsedPlan;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The graph of a list of plans as import files, one header and one data file per node label or relationship
 * type. Shared nodes are merged as the loader merges them: units by key (the last plan's properties win, as
 * {@code MERGE … SET}), officials by key (the first one's, as {@code ON CREATE SET}), jurisdictions by name.
 */
final class ImportCsv {

    private final Path folder;
    private final Map<String, CsvFile> nodes = new LinkedHashMap<>();
    private final Map<String, CsvFile> relationships = new LinkedHashMap<>();
    private final Map<String, Map<String, Object>> units = new LinkedHashMap<>();
    private final Map<String, Map<String, Object>> officials = new LinkedHashMap<>();
    private final Set<List<Object>> memberships = new LinkedHashSet<>();
    private final Set<String> jurisdictions = new LinkedHashSet<>();
    private final OffsetDateTime loadedAt = OffsetDateTime.now();
    private long diagnostics;

    private ImportCsv(Path folder) {
        this.folder = folder;
    }

    /** Writes the files (closed on return); plans numbered in load transactions as {@link Ingest} loads them. */
    static ImportCsv write(List<ParsedPlan> plans, Path folder) throws IOException {
        Files.createDirectories(folder);
        ImportCsv graph = new ImportCsv(folder);
        try {
            for (int i = 0; i < plans.size(); i++) {
                graph.plan(plans.get(i), i % Ingest.PLANS_PER_TRANSACTION);
            }
            graph.shared();
        } finally {
            for (CsvFile file : graph.files()) {
                file.close();
            }
        }
        return graph;
    }

    List<CsvFile> nodeFiles() {
        return List.copyOf(nodes.values());
    }

    List<CsvFile> relationshipFiles() {
        return List.copyOf(relationships.values());
    }

    long nodeCount() {
        return nodes.values().stream().mapToLong(CsvFile::rows).sum();
    }

    long relationshipCount() {
        return relationships.values().stream().mapToLong(CsvFile::rows).sum();
    }

    long assignments() {
        return ImportCeiling.ASSIGNMENT_TYPES.stream().filter(relationships::containsKey)
                .mapToLong(type -> relationships.get(type).rows()).sum();
    }

    private List<CsvFile> files() {
        return Stream.concat(nodes.values().stream(), relationships.values().stream()).toList();
    }

    private void plan(ParsedPlan plan, int loadOrder) throws IOException {
        String planId = plan.plan().id();
        Map<String, Object> row = LoadParameters.plan(plan.plan());
        row.put("loadOrder", loadOrder);
        row.put("loadedAt", loadedAt);
        node("Plan", "id", row);
        jurisdictions.add(plan.plan().jurisdiction());
        relationship("OF_JURISDICTION", "Plan", planId, "Jurisdiction", plan.plan().jurisdiction(), Map.of());
        for (Map<String, Object> chapter : LoadParameters.chapters(plan)) {
            node("Chapter", "key", chapter);
            relationship("IN_PLAN", "Chapter", chapter.get("key"), "Plan", planId, Map.of());
        }
        for (Map<String, Object> section : LoadParameters.sections(plan)) {
            Map<String, Object> properties = properties(section);
            node("Section", "key", properties);
            relationship("IN_CHAPTER", "Section", properties.get("key"), "Chapter", section.get("chapterKey"), Map.of());
        }
        for (Map<String, Object> unit : LoadParameters.units(plan)) {
            units.put((String) unit.get("key"), unit);
        }
        for (Map<String, Object> m : LoadParameters.memberships(plan)) {
            memberships.add(List.of(m.get("collective"), m.get("member")));
        }
        tasks(plan);
    }

    private void tasks(ParsedPlan plan) throws IOException {
        for (Map<String, Object> task : LoadParameters.tasks(plan)) {
            Map<String, Object> properties = properties(task);
            node("Task", "key", properties);
            relationship("IN_SECTION", "Task", properties.get("key"), "Section", task.get("sectionKey"), Map.of());
        }
        for (Map<String, Object> o : LoadParameters.oversight(plan)) {
            officials.putIfAbsent((String) o.get("officialKey"), Map.of("key", o.get("officialKey"),
                    "name", o.get("official"), "jurisdiction", o.get("jurisdiction")));
            relationship("OVERSEES", "Official", o.get("officialKey"), "Task", o.get("taskKey"),
                    pick(o, "leaderSource", "position", "line"));
        }
        for (Map<String, Object> a : LoadParameters.assignments(plan)) {
            if (units.containsKey((String) a.get("unitKey"))) { // the loader MATCHes the unit: none, no edge
                relationship((String) a.get("relationship"), "Unit", a.get("unitKey"), "Task", a.get("taskKey"),
                        pick(a, "asWritten", "position", "capacity", "line", "location"));
            }
        }
        for (Map<String, Object> target : TargetParameters.targets(plan)) {
            Map<String, Object> properties = properties(target);
            node("Target", "key", properties);
            relationship("HAS_TARGET", "Task", target.get("taskKey"), "Target", properties.get("key"), Map.of());
        }
        for (Map<String, Object> d : LoadParameters.diagnostics(plan)) {
            nodeWithId("Diagnostic", ":ID(Diagnostic)", ++diagnostics, "Diagnostic", d);
            relationship("REPORTED_IN", "Diagnostic", diagnostics, "Plan", d.get("planId"), Map.of());
        }
    }

    /** The nodes and relationships several plans share, written once the plans are. */
    private void shared() throws IOException {
        for (String name : jurisdictions) {
            nodeWithId("Jurisdiction", "name:ID(Jurisdiction)", name, "Jurisdiction", Map.of());
        }
        for (Map<String, Object> unit : units.values()) {
            Map<String, Object> properties = new LinkedHashMap<>(unit);
            properties.remove("isTown");
            nodeWithId("Unit", "key:ID(Unit)", unit.get("key"),
                    Boolean.TRUE.equals(unit.get("isTown")) ? "Unit;Town" : "Unit", properties);
        }
        for (Map<String, Object> official : officials.values()) {
            node("Official", "key", official);
        }
        for (List<Object> m : memberships) {
            if (units.containsKey((String) m.get(0)) && units.containsKey((String) m.get(1))) {
                relationship("INCLUDES", "Unit", m.get(0), "Unit", m.get(1), Map.of());
            }
        }
    }

    private void node(String label, String idProperty, Map<String, Object> properties) throws IOException {
        nodeWithId(label, idProperty + ":ID(" + label + ")", properties.get(idProperty), label, properties);
    }

    private void nodeWithId(String label, String idColumn, Object id, String labels, Map<String, Object> properties)
            throws IOException {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put(idColumn, id);
        row.put(":LABEL", labels);
        properties.forEach((key, value) -> {
            if (!idColumn.startsWith(key + ":")) {
                row.put(key, value);
            }
        });
        nodes.computeIfAbsent(label, name -> new CsvFile(folder, "nodes-" + name)).write(row);
    }

    private void relationship(String type, String startGroup, Object start, String endGroup, Object end,
            Map<String, Object> properties) throws IOException {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put(":START_ID(" + startGroup + ")", start);
        row.put(":END_ID(" + endGroup + ")", end);
        row.put(":TYPE", type);
        row.putAll(properties);
        relationships.computeIfAbsent(type, name -> new CsvFile(folder, "relationships-" + name)).write(row);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> properties(Map<String, Object> row) {
        return (Map<String, Object>) row.get("properties");
    }

    private static Map<String, Object> pick(Map<String, Object> row, String... keys) {
        Map<String, Object> picked = new LinkedHashMap<>();
        for (String key : keys) {
            picked.put(key, row.get(key));
        }
        return picked;
    }
}
