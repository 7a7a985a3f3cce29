package io.dutygraph.network;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * What is computed from one version of a plan, kept by a key that holds the plan's load time: a reload makes new
 * keys, and the old entries go when the cache is full (it is cleared then, as versions are rarely asked again).
 */
final class PlanVersionCache<K, V> {

    private final int capacity;
    private final Map<K, V> values = new ConcurrentHashMap<>();

    PlanVersionCache(int capacity) {
        this.capacity = capacity;
    }

    /** The value kept for {@code key}, else computed (outside any lock: two requests may both compute it). */
    V get(K key, Function<K, V> compute) {
        V cached = values.get(key);
        if (cached != null) {
            return cached;
        }
        V value = compute.apply(key);
        if (values.size() >= capacity) {
            values.clear();
        }
        values.put(key, value);
        return value;
    }
}
