package io.dutygraph.api;

import io.dutygraph.graph.query.Page;
import io.dutygraph.graph.query.Window;
import java.util.List;
import java.util.function.Function;

/** A Relay connection over one window of a list, each edge with the keyset cursor of its item. */
record Connection<T>(List<Edge<T>> edges, List<T> nodes, PageInfo pageInfo, int totalCount) {

    /** An item and its opaque position. */
    record Edge<T>(String cursor, T node) {
    }

    /** Where the page lies in the whole list. */
    record PageInfo(boolean hasNextPage, boolean hasPreviousPage, String startCursor, String endCursor) {
    }

    static <T> Connection<T> of(Page<T> page, Cursors.Kind kind, Function<T, Window.SortKey> key) {
        List<Edge<T>> edges = page.items().stream().map(item -> new Edge<>(Cursors.encode(kind, key.apply(item)), item))
                .toList();
        PageInfo info = new PageInfo(page.hasNext(), page.hasPrevious(),
                edges.isEmpty() ? null : edges.get(0).cursor(),
                edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor());
        return new Connection<>(edges, page.items(), info, page.totalCount());
    }

    /** The connection over a window of a whole list held in memory, sorted by {@code key}. */
    static <T> Connection<T> over(List<T> sorted, Window window, Cursors.Kind kind, Function<T, Window.SortKey> key) {
        return of(window.apply(sorted, key), kind, key);
    }
}
