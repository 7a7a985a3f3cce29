package io.dutygraph.graph.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.neo4j.Neo4jContainer;

/** The app against a Neo4j server in Docker, with authentication; skipped where no Docker engine runs. */
@Testcontainers(disabledWithoutDocker = true)
@SpringBootTest(properties = "dutygraph.neo4j.embedded.enabled=false")
class Neo4jContainerTests {

    private static final String PASSWORD = "dutygraph-test";

    @Container
    static final Neo4jContainer neo4j = new Neo4jContainer("neo4j:5.26").withAdminPassword(PASSWORD);

    @DynamicPropertySource
    static void pointAtTheContainer(DynamicPropertyRegistry registry) {
        registry.add("spring.neo4j.uri", neo4j::getBoltUrl);
        registry.add("spring.neo4j.authentication.username", () -> "neo4j");
        registry.add("spring.neo4j.authentication.password", () -> PASSWORD);
    }

    @Autowired
    Driver driver;

    @Autowired
    ApplicationContext context;

    @Test
    void appTalksToTheContainerAndAppliesTheSchema() {
        assertThat(context.getBeansOfType(EmbeddedNeo4jServer.class)).isEmpty();
        var constraints = driver.executableQuery("SHOW CONSTRAINTS YIELD name RETURN count(*) AS n").execute();
        assertThat(constraints.records().get(0).get("n").asLong()).isEqualTo(9);
    }
}
