package io.dutygraph.graph.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.dutygraph.graph.store.Neo4jProperties.Embedded;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.neo4j.io.ByteUnit;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.web.context.WebApplicationContext;

@SpringBootTest
class EmbeddedNeo4jTests {

    @Autowired
    Driver driver;

    @Autowired
    EmbeddedNeo4jServer server;

    @Autowired
    Neo4jConnectionDetails connectionDetails;

    @Autowired
    GraphSchema graphSchema;

    @Autowired
    WebApplicationContext context;

    @Test
    void driverReachesTheEmbeddedServer() {
        var result = driver.executableQuery("RETURN 1 AS one").execute();
        assertThat(result.records()).singleElement()
                .satisfies(row -> assertThat(row.get("one").asInt()).isEqualTo(1));
    }

    @Test
    void transactionMemoryIsHalfTheHeapByDefaultSoLargePlansLoadInOneTransaction() {
        long configured = driver.executableQuery("""
                SHOW SETTINGS YIELD name, value WHERE name = 'dbms.memory.transaction.total.max' RETURN value
                """).execute().records().get(0).get("value").asString().transform(ByteUnit::parse);

        assertThat(configured).isEqualTo(Math.max(256L << 20, Runtime.getRuntime().maxMemory() / 2));
        assertThat(EmbeddedNeo4jServer.transactionMemory("auto", 6L << 30)).isEqualTo(3L << 30);
        assertThat(EmbeddedNeo4jServer.transactionMemory("auto", 256L << 20)).isEqualTo(256L << 20);
        assertThat(EmbeddedNeo4jServer.transactionMemory("1g", 6L << 30)).isEqualTo(1L << 30);
    }

    @Test
    void connectionDetailsNameTheBoundBoltPort() {
        int bound = server.boltUri().orElseThrow().getPort();
        assertThat(bound).isPositive();
        assertThat(connectionDetails.getUri()).hasScheme("bolt").hasHost("localhost").hasPort(bound);
        assertThat(server.boltUri()).contains(connectionDetails.getUri());
    }

    @Test
    void serverStartsBeforeAndStopsAfterTheDriver() {
        var beans = ((ConfigurableApplicationContext) context).getBeanFactory();
        String details = beans.getBeanNamesForType(Neo4jConnectionDetails.class)[0];
        String driverName = beans.getBeanNamesForType(Driver.class)[0];
        // Spring creates a bean's dependencies first and destroys its dependents first.
        assertThat(beans.getDependenciesForBean(driverName)).contains(details);
        assertThat(beans.getDependenciesForBean(details)).contains("embeddedNeo4jServer");
    }

    @Test
    void dataStaysInTheTemporaryFolder() throws IOException {
        assertThat(server.home().getFileName().toString()).startsWith("dutygraph-test-");
        assertThat(server.home().resolve("logs/debug.log")).exists();
        try (var files = Files.walk(server.home())) {
            long bytes = files.filter(Files::isRegularFile).mapToLong(file -> file.toFile().length()).sum();
            assertThat(bytes).as("bytes in the data folder (no preallocated logs)").isLessThan(64L << 20);
        }
    }

    @Test
    void schemaHasTheConstraints() {
        assertThat(constraints()).containsOnly(
                Map.entry("Plan", List.of("id")), Map.entry("Chapter", List.of("key")),
                Map.entry("Section", List.of("key")), Map.entry("Task", List.of("key")),
                Map.entry("Official", List.of("key")), Map.entry("Unit", List.of("key")),
                Map.entry("Jurisdiction", List.of("name")), Map.entry("Migration", List.of("version")),
                Map.entry("PlanDigest", List.of("planId")),
                Map.entry("Target", List.of("key")));
    }

    @Test
    void schemaHasTheLookupAndFullTextIndexes() {
        assertThat(indexes()).contains(
                "RANGE Task number", "RANGE Task planId", "RANGE Chapter planId", "RANGE Section planId",
                "FULLTEXT Task text", "FULLTEXT Unit name,aliases");
        var analyzers = driver.executableQuery("""
                SHOW FULLTEXT INDEXES YIELD name, options
                RETURN name, options.indexConfig['fulltext.analyzer'] AS analyzer""").execute().records();
        assertThat(analyzers).extracting(row -> row.get("name").asString() + "=" + row.get("analyzer").asString())
                .containsExactlyInAnyOrder("taskText=cjk", "unitNames=cjk");
    }

    @Test
    void unitIsFoundByAnAliasThroughTheFullTextIndex() {
        try (var session = driver.session(); var tx = session.beginTransaction()) {
            // Only the aliases hold the bigram 发改; the name spells it out as 发展和改革.
            String name = "测试区发展和改革委员会";
            assertThat(name).doesNotContain("发改");
            tx.run("CREATE (:Unit {name: $name, aliases: $aliases})",
                    Map.of("name", name, "aliases", List.of("测试区发改委", "发改办"))).consume();
            var hits = tx.run("""
                    CALL db.index.fulltext.queryNodes('unitNames', $query) YIELD node
                    RETURN node.name AS name""", Map.of("query", "发改")).list(row -> row.get("name").asString());
            // 区发改委 of the bundled plan is found too: its aliases (发改委) hold the bigram as well.
            assertThat(hits).contains(name).doesNotContain("区工信局");
            tx.rollback();
        }
    }

    @Test
    void applyingTheSchemaAgainChangesNothing() {
        var constraints = constraints();
        var indexes = indexes();
        graphSchema.apply();
        assertThat(constraints()).isEqualTo(constraints);
        assertThat(indexes()).isEqualTo(indexes);
    }

    @Test
    void healthIsUpWithoutDetailsForAnonymousCallers() throws IOException {
        MockMvcTester mvc = MockMvcTester.from(context);
        var response = mvc.get().uri("/actuator/health").accept(MediaType.APPLICATION_JSON).exchange();
        assertThat(response).hasStatusOk().bodyJson().extractingPath("$.status").isEqualTo("UP");
        assertThat(response.getResponse().getContentAsString()).doesNotContain(server.home().toString())
                .doesNotContain("5.26").doesNotContain("details");
    }

    @Nested
    class WhenTheServerCannotStart {

        @Test
        void lockedDataFolderFailsNamingTheFolder() {
            var sameFolder = settings(server.home().toString(), 0);
            assertThatExceptionOfType(EmbeddedNeo4jStartException.class)
                    .isThrownBy(() -> EmbeddedNeo4jServer.start(sameFolder))
                    .withMessageContaining(server.home() + " is locked by another process")
                    .satisfies(e -> assertThat(e.action()).contains("dutygraph.neo4j.embedded.data-directory"));
        }

        @Test
        void takenBoltPortFailsNamingThePort(@TempDir Path otherFolder) {
            var samePort = settings(otherFolder.toString(), server.boltUri().orElseThrow().getPort());
            assertThatExceptionOfType(EmbeddedNeo4jStartException.class)
                    .isThrownBy(() -> EmbeddedNeo4jServer.start(samePort))
                    .withMessageContaining("localhost:" + server.boltUri().orElseThrow().getPort() + " is already in use")
                    .satisfies(e -> assertThat(e.action()).contains("dutygraph.neo4j.embedded.bolt-port"));
        }

        @Test
        void failureIsReportedWithTheActionAndWithoutAStackTrace() {
            var failure = EmbeddedNeo4jStartException.portTaken("localhost", 7687, new RuntimeException("bind"));
            var analysis = new EmbeddedNeo4jFailureAnalyzer().analyze(new IllegalStateException(failure));
            assertThat(analysis.getDescription()).isEqualTo("Bolt port localhost:7687 is already in use");
            assertThat(analysis.getAction()).isEqualTo(failure.action());
        }

        private static Embedded settings(String dataDirectory, int boltPort) {
            return new Embedded(true, dataDirectory, "localhost", boltPort, "8m", "64m", true, BoltAccess.APP_ONLY, java.util.List.of());
        }
    }

    private Map<String, List<String>> constraints() {
        return driver.executableQuery("""
                SHOW CONSTRAINTS YIELD type, labelsOrTypes, properties WHERE type = 'UNIQUENESS'
                RETURN labelsOrTypes[0] AS label, properties""").execute().records().stream()
                .collect(java.util.stream.Collectors.toMap(row -> row.get("label").asString(),
                        row -> row.get("properties").asList(value -> value.asString())));
    }

    private List<String> indexes() {
        return driver.executableQuery("""
                SHOW INDEXES YIELD type, labelsOrTypes, properties, owningConstraint, state
                WHERE owningConstraint IS NULL AND type IN ['RANGE', 'FULLTEXT'] AND state = 'ONLINE'
                RETURN type + ' ' + labelsOrTypes[0] + ' ' + reduce(s = '', p IN properties |
                       s + CASE s WHEN '' THEN '' ELSE ',' END + p) AS index
                ORDER BY index""").execute().records().stream().map(row -> row.get("index").asString()).toList();
    }
}
