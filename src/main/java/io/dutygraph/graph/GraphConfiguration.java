package io.dutygraph.graph;

import org.neo4j.driver.Driver;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ResourceLoader;

/** The Cypher statements and the schema, the same for the embedded and an external server. */
@Configuration(proxyBeanMethods = false)
class GraphConfiguration {

    @Bean
    CypherStatements cypherStatements(ResourceLoader resourceLoader) {
        return new CypherStatements(resourceLoader.getClassLoader());
    }

    @Bean
    GraphSchema graphSchema(Driver driver, CypherStatements cypherStatements) {
        return new GraphSchema(driver, cypherStatements);
    }
}
