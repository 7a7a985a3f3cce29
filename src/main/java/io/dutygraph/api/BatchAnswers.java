package io.dutygraph.api;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The answer of a batch mapping: each source mapped to its value. Unlike {@code Collectors.toMap}, a missing value
 * (a task whose plan was replaced mid-request) becomes a null the GraphQL engine reports, not a NullPointerException.
 */
final class BatchAnswers {

    private BatchAnswers() {
    }

    /** Items by key; a later item with the same key replaces an earlier one instead of throwing. */
    static <K, V> Map<K, V> index(List<V> items, Function<V, K> key) {
        Map<K, V> byKey = new LinkedHashMap<>();
        items.forEach(item -> byKey.put(key.apply(item), item));
        return byKey;
    }

    static <K, V> Map<K, V> each(Collection<K> sources, Function<K, V> value) {
        Map<K, V> answers = new LinkedHashMap<>();
        sources.forEach(source -> answers.put(source, value.apply(source)));
        return answers;
    }
}
