package io.dutygraph.export;

import io.dutygraph.graph.store.CypherStatement;
import io.dutygraph.graph.store.GraphReader;
import io.dutygraph.graph.store.ResultRow;
import java.util.Map;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;

/**
 * Runs a read statement and hands its rows over one at a time as the database produces them, so that an export of
 * any size never holds its result in memory (in-process on the embedded database, over Bolt on an external one).
 */
@Component
class RowStream {

    private final GraphReader reader;

    RowStream(GraphReader reader) {
        this.reader = reader;
    }

    void forEach(CypherStatement statement, Map<String, Object> parameters, Consumer<ResultRow> row) {
        reader.forEachRow(statement, parameters, row);
    }
}
