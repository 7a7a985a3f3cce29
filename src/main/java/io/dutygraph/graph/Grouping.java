package io.dutygraph.graph;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.neo4j.driver.Record;

/** Groups result rows by a key, keeping row order inside each group: the shape batch loaders hand back. */
final class Grouping {

    private Grouping() {
    }

    static <T> Map<String, List<T>> group(List<Record> rows, Function<Record, String> key, Function<Record, T> value) {
        Map<String, List<T>> groups = new LinkedHashMap<>();
        rows.forEach(row -> groups.computeIfAbsent(key.apply(row), k -> new ArrayList<>()).add(value.apply(row)));
        return groups;
    }
}
