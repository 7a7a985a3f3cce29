package io.dutygraph.api;

import io.dutygraph.graph.query.Window.SortKey;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * Keyset cursors: the sort key of an item and the kind of list it belongs to, base64url-encoded. A cursor names an
 * item by what it is (task 56, unit 区发改委), not by its position, so it keeps its place across plan reloads.
 */
final class Cursors {

    /** The lists that hand out cursors, each with the types of its sort key's parts ({@code i} integer, {@code s} text, {@code d} decimal). */
    enum Kind {
        TASK("i"), UNIT("s"), TARGET("ii"), ASSIGNMENT("ii"), RANKED_UNIT("is"), RANKED_OFFICIAL("is"), SEARCH_HIT("di");

        private final String partTypes;

        Kind(String partTypes) {
            this.partTypes = partTypes;
        }
    }

    private static final char KIND_END = ':';
    private static final String PART_SEPARATOR = "\u001f";

    private Cursors() {
    }

    static String encode(Kind kind, SortKey key) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < key.parts().size(); i++) {
            Object part = key.parts().get(i);
            parts.add(kind.partTypes.charAt(i) + String.valueOf(part));
        }
        String text = kind.name().toLowerCase() + KIND_END + String.join(PART_SEPARATOR, parts);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    /** The sort key a cursor of this kind holds; anything else is an {@link InvalidCursorException}. */
    static SortKey decode(Kind kind, String cursor) {
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            String prefix = kind.name().toLowerCase() + KIND_END;
            if (text.startsWith(prefix)) {
                String[] parts = text.substring(prefix.length()).split(PART_SEPARATOR, -1);
                if (parts.length == kind.partTypes.length()) {
                    return new SortKey(parsed(kind, parts));
                }
            }
        } catch (IllegalArgumentException e) {
            // Falls through: not base64, or a part of the wrong type.
        }
        throw new InvalidCursorException(cursor);
    }

    private static List<Object> parsed(Kind kind, String[] parts) {
        List<Object> values = new ArrayList<>();
        for (int i = 0; i < parts.length; i++) {
            char type = kind.partTypes.charAt(i);
            if (parts[i].isEmpty() || parts[i].charAt(0) != type) {
                throw new IllegalArgumentException("part " + i + " is not of type " + type);
            }
            String value = parts[i].substring(1);
            values.add(switch (type) {
                case 'i' -> Long.parseLong(value);
                case 'd' -> Double.parseDouble(value);
                default -> value;
            });
        }
        return values;
    }
}
