package io.dutygraph.graph.query;

import io.dutygraph.graph.store.ResultRow;
import io.dutygraph.graph.store.ResultValue;
import java.util.List;
import java.util.function.Function;

/** One window of a longer list: the items from position {@code offset} on, and the length of the whole list. */
public record Page<T>(List<T> items, int offset, int totalCount) {

    public Page {
        items = List.copyOf(items);
    }

    /** The page a window statement returned: rows of {@code totalCount}, {@code start} and the item column (null when empty). */
    static <T> Page<T> of(List<ResultRow> rows, String column, Function<ResultValue, T> mapping) {
        int totalCount = rows.isEmpty() ? 0 : rows.get(0).get("totalCount").asInt();
        int start = rows.isEmpty() ? 0 : rows.get(0).get("start").asInt();
        List<T> items = rows.stream().filter(row -> !row.get(column).isNull()).map(row -> mapping.apply(row.get(column)))
                .toList();
        return new Page<>(items, start, totalCount);
    }

    public boolean hasNext() {
        return offset + items.size() < totalCount;
    }

    public boolean hasPrevious() {
        return offset > 0;
    }
}
