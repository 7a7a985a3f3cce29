package io.dutygraph.graph.store;

import java.util.List;
import java.util.Map;

/** Runs one named read statement in its own read transaction. The query layer's only way to the database. */
public interface GraphReader {

    /** The statement's result rows; {@code parameters} may map names to {@code null}. */
    List<ResultRow> read(CypherStatement statement, Map<String, Object> parameters);
}
