package io.dutygraph.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.springframework.graphql.client.WebSocketGraphQlClient;
import reactor.core.Disposable;

/**
 * Subscriptions are counted per client address, and every test client is localhost: a test that counts them starts
 * once those of earlier test classes sharing its application context are closed. The server notices an event stream
 * its client closed only at the next keep-alive (15 s), a disposed WebSocket subscription within moments.
 */
final class OpenSubscriptions {

    private static final Duration PATIENCE = Duration.ofMinutes(1);

    private OpenSubscriptions() {
    }

    static void awaitNone(SubscriptionLimit limit) {
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(100)).untilAsserted(() ->
                assertThat(limit.open()).as("subscriptions still open").isZero());
    }

    /** The same for the subscribers of {@code plansChanged}, before a test loads a plan for its own to receive. */
    static void awaitNone(PlanChangeController changes) {
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(100)).untilAsserted(() ->
                assertThat(changes.subscribers()).as("plansChanged subscribers left").isZero());
    }

    /**
     * As many {@code plansChanged} subscriptions over {@code client} as one client may have, opened once none are
     * open and returned once all are counted.
     */
    static List<Disposable> fillTheLimit(WebSocketGraphQlClient client, SubscriptionLimit limit, int allowed) {
        awaitNone(limit);
        List<Disposable> open = new ArrayList<>();
        for (int i = 0; i < allowed; i++) {
            open.add(client.document("subscription { plansChanged { kind } }").executeSubscription().subscribe());
        }
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(50)).untilAsserted(() ->
                assertThat(limit.open()).isEqualTo(allowed));
        return open;
    }
}
