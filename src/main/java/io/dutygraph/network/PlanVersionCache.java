package io.dutygraph.network;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * What is computed from one version of a plan, kept by a key that holds the plan's load time: a reload makes new
 * keys, and the old entries go when the cache is full (it is cleared then, as versions are rarely asked again).
 * Requests asking for a value being computed wait for it instead of computing it again.
 */
final class PlanVersionCache<K, V> {

    private final int capacity;
    private final Map<K, CompletableFuture<V>> values = new ConcurrentHashMap<>();

    PlanVersionCache(int capacity) {
        this.capacity = capacity;
    }

    /** The value kept for {@code key}, else computed by this caller; a failed computation is not kept. */
    V get(K key, Function<K, V> compute) {
        CompletableFuture<V> mine = new CompletableFuture<>();
        CompletableFuture<V> kept = values.putIfAbsent(key, mine);
        if (kept != null) {
            return join(kept);
        }
        if (values.size() > capacity) {
            values.keySet().removeIf(other -> !other.equals(key));
        }
        try {
            mine.complete(compute.apply(key));
        } catch (RuntimeException | Error failure) {
            values.remove(key, mine);
            mine.completeExceptionally(failure);
            throw failure;
        }
        return mine.join();
    }

    private static <V> V join(CompletableFuture<V> value) {
        try {
            return value.join();
        } catch (CompletionException failure) {
            throw failure.getCause() instanceof RuntimeException cause ? cause : failure;
        }
    }
}
