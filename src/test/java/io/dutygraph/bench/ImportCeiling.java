package io.dutygraph.bench;

import io.dutygraph.graph.load.LoadParameters;
import io.dutygraph.graph.load.TargetParameters;
import io.dutygraph.plan.ParsedPlan;
import io.dutygraph.plan.Role;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.neo4j.cli.AdminTool;
import org.neo4j.cli.ExecutionContext;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.Transaction;
import org.neo4j.io.fs.DefaultFileSystemAbstraction;

/**
 * The ceiling of ingest (issue 12): the parsed corpus written as the CSV files of {@code neo4j-admin database
 * import} (the nodes, relationships and property values {@code PlanLoader} writes, from the same
 * {@link LoadParameters} rows) and imported in-process into an empty store; its assignment edges/s are the ceiling
 * our load is compared with. Run alone: {@code ./mvnw -Pbench test-compile exec:exec@ceiling}.
 */
final class ImportCeiling {

    /** The unit → task relationship types, one per role: the edges counted as assignments. */
    static final List<String> ASSIGNMENT_TYPES = Arrays.stream(Role.values()).map(Role::relationship).toList();

    /** What the CSV files hold, what the imported store holds, and how long each step took. */
    record Result(int plans, long csvNodes, long csvRelationships, long csvAssignments, long nodes, long relationships,
            long assignments, double csvSeconds, double importSeconds) {

        double edgesPerSecondImported() {
            return assignments / importSeconds;
        }
    }

    private ImportCeiling() {
    }

    /** {@code ./mvnw -Pbench test-compile exec:exec@ceiling}: the L corpus (or {@code M}) written and imported. */
    public static void main(String[] args) {
        SyntheticCorpus corpus = args.length > 0 && args[0].equals("M") ? SyntheticCorpus.medium()
                : SyntheticCorpus.large();
        Result result = run(Ingest.parse(corpus).plans());
        System.out.println("ceiling " + result);
        System.out.printf("neo4j-admin database import: %.0f edges/s (%d assignments in %.1f s); CSV written in %.1f s%n",
                result.edgesPerSecondImported(), result.assignments(), result.importSeconds(), result.csvSeconds());
        System.exit(0);
    }

    /** Writes the plans as CSV and imports them into a store in a temporary folder, deleted afterwards. */
    static Result run(List<ParsedPlan> plans) {
        Path home = null;
        try {
            home = Files.createTempDirectory("dutygraph-ceiling");
            long start = System.nanoTime();
            ImportCsv csv = ImportCsv.write(plans, home.resolve("csv"));
            double csvSeconds = (System.nanoTime() - start) / 1e9;
            start = System.nanoTime();
            importCsv(home, csv);
            double importSeconds = (System.nanoTime() - start) / 1e9;
            long[] counts = count(home);
            return new Result(plans.size(), csv.nodeCount(), csv.relationshipCount(), csv.assignments(), counts[0],
                    counts[1], counts[2], csvSeconds, importSeconds);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            delete(home);
        }
    }

    /** {@code neo4j-admin database import full … neo4j} in this JVM, with the temporary folder as Neo4j's home. */
    private static void importCsv(Path home, ImportCsv csv) throws IOException {
        List<String> args = new ArrayList<>(List.of("database", "import", "full", "neo4j", "--overwrite-destination=true",
                "--multiline-fields=true", "--max-off-heap-memory=1g", "--report-file=" + home.resolve("import.report")));
        csv.nodeFiles().forEach(file -> args.add("--nodes=" + file.header() + "," + file.data()));
        csv.relationshipFiles().forEach(file -> args.add("--relationships=" + file.header() + "," + file.data()));
        ByteArrayOutputStream log = new ByteArrayOutputStream(); // the tool's progress bars, shown on failure only
        int exit = AdminTool.execute(new ExecutionContext(home, Files.createDirectories(home.resolve("conf")),
                new PrintStream(log, true, StandardCharsets.UTF_8), System.err, new DefaultFileSystemAbstraction()),
                args.toArray(String[]::new));
        String output = log.toString(StandardCharsets.UTF_8);
        if (exit != 0) {
            System.out.print(output);
            throw new IllegalStateException("neo4j-admin database import exited with " + exit);
        }
        System.out.print(output.substring(Math.max(0, output.indexOf("IMPORT DONE")))); // time, nodes, relationships
    }

    /** Nodes, relationships and assignment relationships of the imported store, opened embedded (it opens). */
    private static long[] count(Path home) {
        DatabaseManagementService service = new DatabaseManagementServiceBuilder(home)
                .setConfig(GraphDatabaseSettings.pagecache_memory, 256L << 20)
                .setConfig(BoltConnector.enabled, false).build();
        try (Transaction tx = service.database("neo4j").beginTx()) {
            long assignments = 0;
            for (String type : ASSIGNMENT_TYPES) {
                assignments += single(tx, "MATCH ()-[r:" + type + "]->() RETURN count(r) AS c");
            }
            return new long[] {single(tx, "MATCH (n) RETURN count(n) AS c"),
                    single(tx, "MATCH ()-[r]->() RETURN count(r) AS c"), assignments};
        } finally {
            service.shutdown();
        }
    }

    private static long single(Transaction tx, String query) {
        return (Long) tx.execute(query).next().get("c");
    }

    private static void delete(Path folder) {
        if (folder == null) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
