package io.dutygraph.graph.store;

import org.neo4j.driver.Driver;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ResourceLoader;

/**
 * The Cypher statements, the schema and the Bolt reader, the same for the embedded and an external server
 * (the embedded server adds a primary in-process reader, see {@link EmbeddedNeo4jConfiguration}).
 */
@Configuration(proxyBeanMethods = false)
class GraphStoreConfiguration {

    @Bean
    CypherStatements cypherStatements(ResourceLoader resourceLoader) {
        return new CypherStatements(resourceLoader.getClassLoader());
    }

    @Bean
    GraphSchema graphSchema(Driver driver, CypherStatements cypherStatements) {
        return new GraphSchema(driver, cypherStatements);
    }

    @Bean
    GraphReader driverGraphReader(Driver driver, CypherStatements cypherStatements, Neo4jProperties properties) {
        return new DriverGraphReader(driver, cypherStatements, properties);
    }
}
