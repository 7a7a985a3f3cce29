package io.dutygraph.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A plan version's value is computed once, however many requests ask for it at once; a failure is not kept. */
class PlanVersionCacheTests {

    @Test
    void requestsAskingAtOnceShareOneComputation() throws Exception {
        PlanVersionCache<String, String> cache = new PlanVersionCache<>(8);
        AtomicInteger computations = new AtomicInteger();
        CountDownLatch computing = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            Future<String> first = pool.submit(() -> cache.get("plan@1", key -> {
                computations.incrementAndGet();
                computing.countDown();
                await(release);
                return "graph of " + key;
            }));
            computing.await();
            List<Future<String>> others = List.of(
                    pool.submit(() -> cache.get("plan@1", key -> "computed again " + computations.incrementAndGet())),
                    pool.submit(() -> cache.get("plan@1", key -> "computed again " + computations.incrementAndGet())));
            release.countDown();
            assertThat(first.get()).isEqualTo("graph of plan@1");
            for (Future<String> other : others) {
                assertThat(other.get()).isEqualTo("graph of plan@1");
            }
            assertThat(computations).hasValue(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aFailedComputationIsTriedAgainNextTime() {
        PlanVersionCache<String, String> cache = new PlanVersionCache<>(8);
        assertThatIllegalStateException().isThrownBy(() -> cache.get("plan@1", key -> {
            throw new IllegalStateException("store unavailable");
        }));
        assertThat(cache.get("plan@1", key -> "graph")).isEqualTo("graph");
    }

    @Test
    void aFullCacheKeepsOnlyTheNewestValue() {
        PlanVersionCache<Integer, Integer> cache = new PlanVersionCache<>(2);
        AtomicInteger computations = new AtomicInteger();
        for (int version = 1; version <= 3; version++) {
            cache.get(version, key -> computations.incrementAndGet());
        }
        cache.get(3, key -> computations.incrementAndGet());
        cache.get(1, key -> computations.incrementAndGet());
        assertThat(computations).hasValue(4);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
