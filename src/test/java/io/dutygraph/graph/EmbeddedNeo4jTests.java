package io.dutygraph.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.driver.Driver;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;
import org.springframework.boot.test.context.SpringBootTest;
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
    void connectionDetailsNameTheBoundBoltPort() {
        int bound = ((GraphDatabaseAPI) server.database()).getDependencyResolver()
                .resolveDependency(ConnectorPortRegister.class).getLocalAddress(ConnectorType.BOLT).getPort();
        assertThat(bound).isPositive();
        assertThat(connectionDetails.getUri()).hasScheme("bolt").hasHost("localhost").hasPort(bound);
        assertThat(server.boltUri()).isEqualTo(connectionDetails.getUri());
    }

    @Test
    void dataStaysInTheTemporaryFolder() {
        assertThat(server.home().getFileName().toString()).startsWith("dutygraph-test-");
        assertThat(server.home().resolve("logs/debug.log")).exists();
    }

    @Test
    void schemaHasTheConstraints() {
        assertThat(constraints()).containsOnly(
                Map.entry("Plan", List.of("id")), Map.entry("Chapter", List.of("key")),
                Map.entry("Section", List.of("key")), Map.entry("Task", List.of("key")),
                Map.entry("Official", List.of("name")), Map.entry("Unit", List.of("name")));
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
            tx.run("CREATE (:Unit {name: $name, aliases: $aliases})",
                    Map.of("name", "吴江区发展和改革委员会", "aliases", List.of("区发改委", "发改委"))).consume();
            var hits = tx.run("CALL db.index.fulltext.queryNodes('unitNames', $query) YIELD node RETURN node.name AS name",
                    Map.of("query", "发改")).list(row -> row.get("name").asString());
            assertThat(hits).containsExactly("吴江区发展和改革委员会");
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
    void healthIsUpWithNeo4jDetails() {
        MockMvcTester mvc = MockMvcTester.from(context);
        var response = mvc.get().uri("/actuator/health").accept(MediaType.APPLICATION_JSON).exchange();
        assertThat(response).hasStatusOk().bodyJson().extractingPath("$.status").isEqualTo("UP");
        assertThat(response).bodyJson().extractingPath("$.components.neo4j.status").isEqualTo("UP");
        assertThat(response).bodyJson().extractingPath("$.components.neo4j.details.edition").isEqualTo("community");
        assertThat(response).bodyJson().extractingPath("$.components.neo4j.details.server").asString()
                .startsWith("5.26");
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
