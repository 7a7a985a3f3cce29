package io.dutygraph.graph.store;

import java.util.HashMap;
import java.util.Map;

/** Builds statement parameter maps that, unlike {@link Map#of}, accept {@code null} values. */
public final class StatementParameters {

    private StatementParameters() {
    }

    public static Map<String, Object> of(Object... namesAndValues) {
        Map<String, Object> parameters = new HashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            parameters.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return parameters;
    }
}
