package io.dutygraph.graph.load;

import io.dutygraph.plan.ParsedPlan;
import io.dutygraph.plan.Unit;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Transaction;

/**
 * Writes a database as the release before jurisdictions did: its schema and load statements, kept verbatim in
 * {@code src/test/resources/legacy/v0.1/}, with the parameters that release passed them.
 */
final class LegacyGraph {

    private static final String ROOT = "legacy/v0.1/";

    private LegacyGraph() {
    }

    static void write(Path dataDirectory, List<ParsedPlan> plans) {
        DatabaseManagementService service = new DatabaseManagementServiceBuilder(dataDirectory)
                .setConfig(GraphDatabaseSettings.pagecache_memory, 8L * 1024 * 1024).build();
        try {
            GraphDatabaseService database = service.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
            for (String statement : statements("schema.cypher")) {
                database.executeTransactionally(statement);
            }
            try (Transaction tx = database.beginTx()) {
                run(tx, "create-plan", "plans", legacyPlans(plans));
                run(tx, "create-chapters", "chapters", ofAll(plans, LoadParameters::chapters));
                run(tx, "create-sections", "sections", ofAll(plans, LoadParameters::sections));
                run(tx, "merge-units", "units", ofAll(plans, LoadParameters::units));
                run(tx, "link-collectives", "memberships", ofAll(plans, LegacyGraph::memberships));
                run(tx, "create-tasks", "tasks", ofAll(plans, LoadParameters::tasks));
                run(tx, "create-oversight", "oversight", ofAll(plans, LoadParameters::oversight));
                run(tx, "create-assignments", "assignments", ofAll(plans, LoadParameters::assignments));
                run(tx, "create-diagnostics", "diagnostics", ofAll(plans, LoadParameters::diagnostics));
                tx.commit();
            }
        } finally {
            service.shutdown();
        }
    }

    /** That release's plan rows: no jurisdiction, no year. */
    private static List<Map<String, Object>> legacyPlans(List<ParsedPlan> plans) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Map<String, Object> row : LoadParameters.plans(plans)) {
            Map<String, Object> legacy = new HashMap<>(row);
            legacy.remove("jurisdiction");
            legacy.remove("year");
            rows.add(legacy);
        }
        return rows;
    }

    /** That release's membership rows: by unit name. */
    private static List<Map<String, Object>> memberships(ParsedPlan plan) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Unit unit : plan.units()) {
            unit.members().forEach(member -> rows.add(Map.of("collective", unit.name(), "member", member)));
        }
        return rows;
    }

    private static void run(Transaction tx, String file, String parameter, Object rows) {
        tx.execute(String.join("\n", statements("load/" + file + ".cypher")), Map.of(parameter, rows)).close();
    }

    private static List<String> statements(String file) {
        try (InputStream in = LegacyGraph.class.getClassLoader().getResourceAsStream(ROOT + file)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8).replaceAll("(?m)^\\s*//.*$", "");
            return Arrays.stream(text.split(";\\s*(?:\\R|$)")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static <T> List<T> ofAll(List<ParsedPlan> plans, java.util.function.Function<ParsedPlan, List<T>> rows) {
        List<T> all = new java.util.ArrayList<>();
        plans.forEach(plan -> all.addAll(rows.apply(plan)));
        return all;
    }
}
