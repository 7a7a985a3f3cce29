package io.dutygraph.graph.store;

import java.util.function.UnaryOperator;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ResourceLoader;

/**
 * The Cypher statements, the schema and the Bolt reader, the same for the embedded and an external server
 * (the embedded server adds a primary in-process reader and the in-process writer, see
 * {@link EmbeddedNeo4jConfiguration}; an external server is written over Bolt, see {@link External}).
 */
@Configuration(proxyBeanMethods = false)
class GraphStoreConfiguration {

    @Bean
    CypherStatements cypherStatements(ResourceLoader resourceLoader) {
        return new CypherStatements(resourceLoader.getClassLoader());
    }

    /**
     * The schema, applied by the writer of the mode: the first statement the database sees. A damaged embedded store
     * is reported as such; an external server that cannot be reached or refuses the login names the key to fix.
     */
    @Bean
    GraphSchema graphSchema(StatementRunner runner, CypherStatements cypherStatements,
            ObjectProvider<EmbeddedNeo4jServer> embedded, ObjectProvider<Neo4jConnectionDetails> connection,
            Environment environment) {
        EmbeddedNeo4jServer server = embedded.getIfAvailable();
        UnaryOperator<RuntimeException> onFailure = server == null
                ? failure -> GraphStartException.ofExternal(failure, connection.getObject().getUri(),
                        environment.getProperty("spring.neo4j.authentication.username"))
                : failure -> EmbeddedNeo4jStartException.unreadable(server.home(), failure);
        return new GraphSchema(runner, cypherStatements, onFailure);
    }

    @Bean
    GraphReader driverGraphReader(Driver driver, CypherStatements cypherStatements, Neo4jProperties properties) {
        return new DriverGraphReader(driver, cypherStatements, properties);
    }

    /** An external server (Neo4j server, cluster, Aura) is written over Bolt. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnBooleanProperty(name = "dutygraph.neo4j.embedded.enabled", havingValue = false)
    static class External {

        @Bean
        DriverGraphWriter driverGraphWriter(Driver driver, CypherStatements cypherStatements) {
            return new DriverGraphWriter(driver, cypherStatements);
        }
    }
}
