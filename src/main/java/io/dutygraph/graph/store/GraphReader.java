package io.dutygraph.graph.store;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** Runs one named read statement in its own read transaction. The query layer's only way to the database. */
public interface GraphReader {

    /** The statement's result rows; {@code parameters} may map names to {@code null}. */
    List<ResultRow> read(CypherStatement statement, Map<String, Object> parameters);

    /**
     * Hands the statement's rows over one at a time as the database produces them, in one read transaction without
     * the read timeout: an export of any size never holds its result in memory, nor is it cut off by a slow consumer.
     */
    default void forEachRow(CypherStatement statement, Map<String, Object> parameters, Consumer<ResultRow> row) {
        read(statement, parameters).forEach(row);
    }
}
