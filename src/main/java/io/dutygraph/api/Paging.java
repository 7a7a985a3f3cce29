package io.dutygraph.api;

import io.dutygraph.graph.query.Window;
import org.springframework.stereotype.Component;

/** Checks page sizes against the configured limit and turns connection arguments into a keyset {@link Window}. */
@Component
class Paging {

    private final ApiProperties properties;

    Paging(ApiProperties properties) {
        this.properties = properties;
    }

    /** The page size asked for, or the default; a negative size or one above the maximum is an error. */
    int pageSize(Integer first) {
        int size = first == null ? properties.defaultPageSize() : first;
        if (size < 0 || size > properties.maxPageSize()) {
            throw new PageSizeException(size, properties.maxPageSize());
        }
        return size;
    }

    /**
     * The window of a connection's {@code first/after/last/before}: without {@code first} and {@code last}, the
     * default page size from the start (or, with only {@code before}, up to it).
     */
    Window window(Cursors.Kind kind, Integer first, String after, Integer last, String before) {
        Integer size = first == null ? null : pageSize(first);
        Integer fromEnd = last == null ? null : checked("last", last);
        if (size == null && fromEnd == null) {
            if (before != null && after == null) {
                fromEnd = properties.defaultPageSize();
            } else {
                size = properties.defaultPageSize();
            }
        }
        return new Window(after == null ? null : Cursors.decode(kind, after),
                before == null ? null : Cursors.decode(kind, before), size, fromEnd);
    }

    private int checked(String argument, int size) {
        if (size < 0 || size > properties.maxPageSize()) {
            throw new PageSizeException(argument, size, properties.maxPageSize());
        }
        return size;
    }
}
