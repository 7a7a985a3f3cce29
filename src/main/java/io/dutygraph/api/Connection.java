package io.dutygraph.api;

import io.dutygraph.graph.query.Page;
import java.util.List;
import java.util.stream.IntStream;

/** A Relay connection over one page of a list. */
record Connection<T>(List<Edge<T>> edges, List<T> nodes, PageInfo pageInfo, int totalCount) {

    /** An item and its opaque position. */
    record Edge<T>(String cursor, T node) {
    }

    /** Where the page lies in the whole list. */
    record PageInfo(boolean hasNextPage, boolean hasPreviousPage, String startCursor, String endCursor) {
    }

    static <T> Connection<T> of(Page<T> page) {
        List<Edge<T>> edges = IntStream.range(0, page.items().size())
                .mapToObj(i -> new Edge<>(Paging.cursor(page.offset() + i), page.items().get(i)))
                .toList();
        PageInfo info = new PageInfo(page.hasNext(), page.offset() > 0,
                edges.isEmpty() ? null : edges.get(0).cursor(),
                edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor());
        return new Connection<>(edges, page.items(), info, page.totalCount());
    }
}
