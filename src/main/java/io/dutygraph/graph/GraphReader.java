package io.dutygraph.graph;

import java.util.List;
import java.util.Map;
import org.neo4j.driver.Record;

/** Runs one named read statement in its own read transaction. The query layer's only way to the database. */
public interface GraphReader {

    /** The statement's result rows; {@code parameters} may map names to {@code null}. */
    List<Record> read(CypherStatement statement, Map<String, Object> parameters);
}
