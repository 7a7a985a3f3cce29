package io.dutygraph.graph;

import java.util.HashMap;
import java.util.Map;

/** Builds statement parameter maps that, unlike {@link Map#of}, accept {@code null} values. */
final class Params {

    private Params() {
    }

    static Map<String, Object> of(Object... namesAndValues) {
        Map<String, Object> parameters = new HashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            parameters.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return parameters;
    }
}
