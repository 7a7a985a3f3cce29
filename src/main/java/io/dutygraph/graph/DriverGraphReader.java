package io.dutygraph.graph;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.SessionConfig;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/** Runs each statement in its own read transaction over the Neo4j driver; reads every file once at start-up. */
@Component
class DriverGraphReader implements GraphReader {

    private final Driver driver;
    private final Map<QueryStatement, String> texts = new EnumMap<>(QueryStatement.class);

    DriverGraphReader(Driver driver) {
        this.driver = driver;
        for (QueryStatement statement : QueryStatement.values()) {
            texts.put(statement, load(statement.path()));
        }
    }

    @Override
    public List<Record> read(QueryStatement statement, Map<String, Object> parameters) {
        try (var session = driver.session(SessionConfig.defaultConfig())) {
            return session.executeRead(tx -> tx.run(texts.get(statement), parameters).list());
        }
    }

    private static String load(String path) {
        try (InputStream in = new ClassPathResource(path).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Missing Cypher statement " + path, e);
        }
    }
}
