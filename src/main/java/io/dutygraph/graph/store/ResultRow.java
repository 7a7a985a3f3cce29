package io.dutygraph.graph.store;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** One row of a statement's result, column name → value, read the same way from either reader. */
public final class ResultRow {

    private final Map<String, Object> columns;

    /** A row of plain Java values; nested maps and lists must be plain too (no driver or kernel types). */
    public ResultRow(Map<String, ?> columns) {
        this.columns = Collections.unmodifiableMap(new LinkedHashMap<>(columns));
    }

    /** A row over a map the caller built for it alone and no longer touches: kept as it is, not copied. */
    static ResultRow owning(Map<String, Object> columns) {
        return new ResultRow(Collections.unmodifiableMap(columns), true);
    }

    private ResultRow(Map<String, Object> columns, boolean owned) {
        this.columns = columns;
    }

    /** The value of a column; null for a column the statement does not return. */
    public ResultValue get(String column) {
        return ResultValue.of(columns.get(column));
    }

    /** The columns, in the statement's order. */
    public Map<String, Object> asMap() {
        return columns;
    }

    @Override
    public String toString() {
        return columns.toString();
    }
}
