package io.dutygraph.graph.query;

import io.dutygraph.graph.store.ResultRow;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Groups result rows by a key, keeping row order inside each group: the shape batch loaders hand back. */
final class RowGroups {

    private RowGroups() {
    }

    static <T> Map<String, List<T>> group(List<ResultRow> rows, Function<ResultRow, String> key, Function<ResultRow, T> value) {
        Map<String, List<T>> groups = new LinkedHashMap<>();
        rows.forEach(row -> groups.computeIfAbsent(key.apply(row), k -> new ArrayList<>()).add(value.apply(row)));
        return groups;
    }
}
