package io.dutygraph.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

/**
 * Subscriptions are counted per client address, and every test client is localhost: a test that counts them starts
 * once those of earlier test classes sharing its application context are closed. The server notices an event stream
 * its client closed only at the next keep-alive (15 s), a disposed WebSocket subscription within moments.
 */
final class OpenSubscriptions {

    private OpenSubscriptions() {
    }

    static void awaitNone(SubscriptionLimit limit) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
        while (limit.open() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertThat(limit.open()).as("subscriptions still open a minute after earlier tests").isZero();
    }

    /** The same for the subscribers of {@code plansChanged}, before a test loads a plan for its own to receive. */
    static void awaitNone(PlanChangeController changes) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
        while (changes.subscribers() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertThat(changes.subscribers()).as("plansChanged subscribers left a minute after earlier tests").isZero();
    }
}
