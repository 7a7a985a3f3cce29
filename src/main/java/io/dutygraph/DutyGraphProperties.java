package io.dutygraph;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Everything configurable under {@code dutygraph.*}. One nested record per concern; add a component
 * (for example {@code Plan plan}) to extend it. It lives in the root package because every stage reads it.
 *
 * @param neo4j where the graph is stored: the embedded server, or an external one via {@code spring.neo4j.*}
 * @param plan  the plan the application brings with it
 */
@ConfigurationProperties("dutygraph")
public record DutyGraphProperties(@DefaultValue Neo4j neo4j, @DefaultValue Plan plan) {

    /**
     * The plan bundled with the application.
     *
     * @param bundled            where to read it (a Spring resource location)
     * @param loadBundledIfEmpty load it at start-up when the database holds no plan
     */
    public record Plan(
            @DefaultValue("classpath:plans/wujiang-2024.txt") String bundled,
            @DefaultValue("true") boolean loadBundledIfEmpty) {
    }

    /**
     * The graph database. With the embedded server switched off, Boot's {@code spring.neo4j.uri} and
     * {@code spring.neo4j.authentication.*} name the external server instead.
     *
     * @param embedded     the Neo4j server started inside this JVM
     * @param queryTimeout longest one read statement may run; beyond it the database aborts it, so a request that
     *                     timed out does not leave work running
     */
    public record Neo4j(@DefaultValue Embedded embedded, @DefaultValue("10s") Duration queryTimeout) {
    }

    /**
     * The Neo4j server started inside this JVM, reachable over Bolt by the app's driver, Neo4j Browser and
     * cypher-shell.
     *
     * @param enabled whether to start it; {@code false} means an external server at {@code spring.neo4j.uri}
     * @param dataDirectory the Neo4j home: stores under {@code data/}, Neo4j's own logs under {@code logs/}
     * @param boltAddress the host or address Bolt listens on; {@code 0.0.0.0} opens it to the network
     * @param boltPort the Bolt port; {@code 0} takes any free port (the driver is told the bound one)
     * @param pageCache Neo4j's page cache size, in Neo4j's notation ({@code 64m}, {@code 1g})
     * @param transactionMemory the memory all running transactions together may take ({@code 256m}); a query
     *        going beyond it fails instead of exhausting the heap
     * @param inProcessReads read on the embedded database directly, without a Bolt round trip per statement
     *        (loading and external tools still go through Bolt)
     */
    public record Embedded(
            @DefaultValue("true") boolean enabled,
            @DefaultValue("./data/neo4j") String dataDirectory,
            @DefaultValue("localhost") String boltAddress,
            @DefaultValue("7687") int boltPort,
            @DefaultValue("64m") String pageCache,
            @DefaultValue("256m") String transactionMemory,
            @DefaultValue("true") boolean inProcessReads) {
    }
}
