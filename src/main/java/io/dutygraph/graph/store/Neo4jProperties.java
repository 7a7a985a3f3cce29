package io.dutygraph.graph.store;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.time.Duration;
import java.util.List;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Where the graph is stored ({@code dutygraph.neo4j.*}): the embedded server, or an external one named by Boot's
 * {@code spring.neo4j.uri} and {@code spring.neo4j.authentication.*}. Bad values stop the start naming the key.
 *
 * @param embedded     the Neo4j server started inside this JVM
 * @param queryTimeout longest one read statement may run; beyond it the database aborts it, so a request that
 *                     timed out does not leave work running
 */
@ConfigurationProperties("dutygraph.neo4j")
@Validated
public record Neo4jProperties(
        @DefaultValue @Valid Embedded embedded,
        @DefaultValue("10s") @DurationMin(millis = 1) Duration queryTimeout) {

    /** Sizes in Neo4j's notation: a number of bytes with an optional unit ({@code 64m}, {@code 1g}, {@code 512KiB}). */
    static final String SIZE = "^\\d+\\s*([kKmMgGtT](i?[bB])?)?$";

    /**
     * The Neo4j server started inside this JVM, reachable over Bolt by the app's driver, Neo4j Browser and
     * cypher-shell.
     *
     * @param enabled           whether to start it; {@code false} means an external server at {@code spring.neo4j.uri}
     * @param dataDirectory     the Neo4j home: stores under {@code data/}, Neo4j's own logs under {@code logs/}
     * @param boltAddress       the host or address Bolt listens on; {@code 0.0.0.0} opens it to the network
     * @param boltPort          the Bolt port; {@code 0} takes any free port (the driver is told the bound one)
     * @param pageCache         Neo4j's page cache size ({@code 64m}, {@code 1g})
     * @param transactionMemory the memory all running transactions together may take ({@code 1g}), or {@code auto}:
     *                          half the JVM's maximum heap, at least 256 MiB, so that any plan the heap can hold loads
     *                          in its one transaction; a query going beyond it fails instead of exhausting the heap
     * @param inProcessReads    read on the embedded database directly, without a Bolt round trip per statement
     *                          (loading and external tools still go through Bolt)
     * @param boltAccess        who may log in over Bolt: {@code off} (no Bolt connector), {@code app-only} (nobody
     *                          but the app), {@code read-only} (user reader, writes refused) or {@code read-write}
     *                          (user neo4j); passwords are generated into owner-only files in the data directory
     * @param boltWebOrigins    origins of web pages allowed to speak Bolt over WebSocket (e.g. a Neo4j Browser at
     *                          {@code https://browser.neo4j.io}); a page of any other origin is refused before it
     *                          can log in. None by default
     */
    public record Embedded(
            @DefaultValue("true") boolean enabled,
            @DefaultValue("./data/neo4j") @NotBlank String dataDirectory,
            @DefaultValue("localhost") @NotBlank String boltAddress,
            @DefaultValue("7687") @Min(0) @Max(65535) int boltPort,
            @DefaultValue("64m") @Pattern(regexp = SIZE, message = "must be a size such as 64m or 1g") String pageCache,
            @DefaultValue("auto") @Pattern(regexp = SIZE + "|^auto$", message = "must be auto or a size such as 256m or 1g")
            String transactionMemory,
            @DefaultValue("true") boolean inProcessReads,
            @DefaultValue("app-only") BoltAccess boltAccess,
            @DefaultValue List<String> boltWebOrigins) {

        public Embedded {
            boltWebOrigins = List.copyOf(boltWebOrigins);
        }
    }
}
