package io.dutygraph.api;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.springframework.stereotype.Component;

/** Checks page sizes against the configured limit and turns offsets into opaque cursors and back. */
@Component
class Paging {

    private static final String PREFIX = "offset:";

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

    /** The offset of the item following {@code after}, 0 without a cursor. */
    int offsetAfter(String after) {
        if (after == null) {
            return 0;
        }
        try {
            String decoded = new String(Base64.getUrlDecoder().decode(after), StandardCharsets.UTF_8);
            if (decoded.startsWith(PREFIX)) {
                int offset = Integer.parseInt(decoded.substring(PREFIX.length()));
                if (offset >= 0 && offset < Integer.MAX_VALUE) {
                    return offset + 1;
                }
            }
        } catch (IllegalArgumentException e) {
            // Falls through: not base64, or not a number.
        }
        throw new InvalidCursorException(after);
    }

    static String cursor(int offset) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((PREFIX + offset).getBytes(StandardCharsets.UTF_8));
    }
}
