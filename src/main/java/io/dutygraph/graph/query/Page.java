package io.dutygraph.graph.query;

import java.util.List;

/** One page of a longer list: the items from {@code offset} on, and the length of the whole list. */
public record Page<T>(List<T> items, int offset, int totalCount) {

    public Page {
        items = List.copyOf(items);
    }

    public boolean hasNext() {
        return offset + items.size() < totalCount;
    }
}
