package io.dutygraph.graph.query;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * Which part of an ordered list a connection asks for, by keys rather than offsets so that a page stays put when
 * the list is reloaded: the items strictly after {@code after} and strictly before {@code before} (each the sort key
 * of an item, null for no bound), then the first {@code first} or the last {@code last} of them.
 */
public record Window(SortKey after, SortKey before, Integer first, Integer last) {

    /** The whole list. */
    public static final Window ALL = new Window(null, null, null, null);

    /** The first {@code size} items. */
    public static Window first(int size) {
        return new Window(null, null, size, null);
    }

    /** The window of {@code sorted} (in ascending order of {@code key}), with its place in the whole list. */
    public <T> Page<T> apply(List<T> sorted, Function<T, SortKey> key) {
        int low = after == null ? 0 : countUpTo(sorted, key, after, true);
        int high = before == null ? sorted.size() : Math.max(low, countUpTo(sorted, key, before, false));
        int end = first == null ? high : Math.min(high, low + first);
        int start = last == null ? low : Math.max(low, end - last);
        return new Page<>(sorted.subList(start, end), start, sorted.size());
    }

    /** How many items sort before the key (or at it, when {@code inclusive}). */
    private static <T> int countUpTo(List<T> sorted, Function<T, SortKey> key, SortKey bound, boolean inclusive) {
        int count = 0;
        for (T item : sorted) {
            int order = key.apply(item).compareTo(bound);
            if (order < 0 || inclusive && order == 0) {
                count++;
            }
        }
        return count;
    }

    /** The parameters a page statement takes: {@code after…}, {@code before…} per key part, {@code first}, {@code last}. */
    public Object[] parameters(String... parts) {
        Object[] parameters = new Object[4 * parts.length + 4];
        int i = 0;
        for (int p = 0; p < parts.length; p++) {
            parameters[i++] = "after" + parts[p];
            parameters[i++] = after == null ? null : after.part(p);
            parameters[i++] = "before" + parts[p];
            parameters[i++] = before == null ? null : before.part(p);
        }
        parameters[i++] = "first";
        parameters[i++] = first;
        parameters[i++] = "last";
        parameters[i] = last;
        return parameters;
    }

    /** A sort key: numbers and strings compared part by part. */
    public record SortKey(List<Object> parts) implements Comparable<SortKey> {

        public SortKey {
            parts = List.copyOf(parts);
        }

        public static SortKey of(Object... parts) {
            return new SortKey(Arrays.stream(parts).map(SortKey::normalised).toList());
        }

        Object part(int index) {
            return parts.get(index);
        }

        private static Object normalised(Object part) {
            return part instanceof Integer || part instanceof Short ? ((Number) part).longValue() : part;
        }

        @Override
        public int compareTo(SortKey other) {
            for (int i = 0; i < Math.min(parts.size(), other.parts.size()); i++) {
                int order = compare(parts.get(i), other.parts.get(i));
                if (order != 0) {
                    return order;
                }
            }
            return Integer.compare(parts.size(), other.parts.size());
        }

        private static int compare(Object a, Object b) {
            if (a instanceof Number x && b instanceof Number y) {
                return Double.compare(x.doubleValue(), y.doubleValue());
            }
            return String.valueOf(a).compareTo(String.valueOf(b));
        }
    }
}
