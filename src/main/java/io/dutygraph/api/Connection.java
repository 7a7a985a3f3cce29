package io.dutygraph.api;

import io.dutygraph.graph.query.Page;
import io.dutygraph.graph.query.Window;
import java.util.List;
import java.util.function.Function;

/**
 * A Relay connection over one window of a list, each edge with the keyset cursor of its item. Cursors are encoded
 * only when {@code edges} or {@code pageInfo} is asked for: a nested list that asks for nodes alone (fifty units'
 * tasks) does not pay for a thousand cursors it never shows.
 */
final class Connection<T> {

    /** An item and its opaque position. */
    record Edge<T>(String cursor, T node) {
    }

    /** Where the page lies in the whole list. */
    record PageInfo(boolean hasNextPage, boolean hasPreviousPage, String startCursor, String endCursor) {
    }

    private final Page<T> page;
    private final Cursors.Kind kind;
    private final Function<T, Window.SortKey> key;
    /** Computed once, by whichever field asks first; a race computes the same list twice, harmlessly. */
    private volatile List<Edge<T>> edges;

    private Connection(Page<T> page, Cursors.Kind kind, Function<T, Window.SortKey> key) {
        this.page = page;
        this.kind = kind;
        this.key = key;
    }

    static <T> Connection<T> of(Page<T> page, Cursors.Kind kind, Function<T, Window.SortKey> key) {
        return new Connection<>(page, kind, key);
    }

    /** The connection over a window of a whole list held in memory, sorted by {@code key}. */
    static <T> Connection<T> over(List<T> sorted, Window window, Cursors.Kind kind, Function<T, Window.SortKey> key) {
        return of(window.apply(sorted, key), kind, key);
    }

    public List<T> nodes() {
        return page.items();
    }

    public int totalCount() {
        return page.totalCount();
    }

    public List<Edge<T>> edges() {
        List<Edge<T>> known = edges;
        if (known == null) {
            known = page.items().stream().map(item -> new Edge<>(Cursors.encode(kind, key.apply(item)), item)).toList();
            edges = known;
        }
        return known;
    }

    public PageInfo pageInfo() {
        List<Edge<T>> all = edges();
        return new PageInfo(page.hasNext(), page.hasPrevious(), all.isEmpty() ? null : all.get(0).cursor(),
                all.isEmpty() ? null : all.get(all.size() - 1).cursor());
    }
}
