package io.dutygraph.graph.store;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * One value of a result row as plain Java (String, Long, Double, Boolean, LocalDate, List, Map or null), the same
 * whichever reader produced it. A missing map key reads as null, so optional properties need no special case.
 */
public final class ResultValue {

    private static final ResultValue NULL = new ResultValue(null);

    private final Object value;

    private ResultValue(Object value) {
        this.value = value;
    }

    static ResultValue of(Object value) {
        return value == null ? NULL : new ResultValue(value);
    }

    public boolean isNull() {
        return value == null;
    }

    /** The value of a map entry; null when this is not a map or has no such key. */
    public ResultValue get(String key) {
        return value instanceof Map<?, ?> map ? of(map.get(key)) : NULL;
    }

    public String asString() {
        return require(String.class);
    }

    public String asString(String whenNull) {
        return isNull() ? whenNull : asString();
    }

    public int asInt() {
        return Math.toIntExact(asLong());
    }

    public int asInt(int whenNull) {
        return isNull() ? whenNull : asInt();
    }

    /** The value as an Integer, null when null. */
    public Integer asInteger() {
        return isNull() ? null : asInt();
    }

    public long asLong() {
        return require(Number.class).longValue();
    }

    public boolean asBoolean(boolean whenNull) {
        return isNull() ? whenNull : require(Boolean.class);
    }

    /** The value as it is (a String, a Long, a LocalDate, …). */
    public Object asObject() {
        return value;
    }

    /** A list value with each element mapped; an empty list when null. */
    public <T> List<T> asList(Function<ResultValue, T> element) {
        if (isNull()) {
            return List.of();
        }
        List<?> items = require(List.class);
        return items.stream().map(item -> element.apply(of(item))).toList();
    }

    private <T> T require(Class<T> type) {
        if (!type.isInstance(value)) {
            throw new IllegalStateException("Expected a " + type.getSimpleName() + " in a result row, found "
                    + (value == null ? "null" : value.getClass().getSimpleName()));
        }
        return type.cast(value);
    }

    @Override
    public String toString() {
        return String.valueOf(value);
    }
}
