package io.dutygraph.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The answer of a batch mapping: each source mapped to its value. Unlike {@code Collectors.toMap}, a missing value
 * (a task whose plan was replaced mid-request) becomes a null the GraphQL engine reports, not a NullPointerException.
 */
final class Batched {

    private Batched() {
    }

    static <K, V> Map<K, V> each(List<K> sources, Function<K, V> value) {
        Map<K, V> answers = new LinkedHashMap<>();
        sources.forEach(source -> answers.put(source, value.apply(source)));
        return answers;
    }
}
