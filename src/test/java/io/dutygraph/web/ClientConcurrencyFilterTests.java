package io.dutygraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** One client address gets its limit of running GraphQL requests; one more is 429 at once, others are unaffected. */
class ClientConcurrencyFilterTests {

    private final ClientConcurrencyFilter filter = new ClientConcurrencyFilter(new HttpProperties(2));
    private final List<Integer> statuses = new ArrayList<>();

    private static MockHttpServletRequest request(String client) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/graphql");
        request.setRemoteAddr(client);
        return request;
    }

    /** Sends {@code depth} requests from {@code client}, each arriving while the ones before it still run. */
    private void nested(String client, int depth, Runnable innermost) throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(request(client), response, (request, ignored) -> {
            try {
                if (depth > 1) {
                    nested(client, depth - 1, innermost);
                } else {
                    innermost.run();
                }
            } catch (Exception exception) {
                throw new IllegalStateException(exception);
            }
        });
        statuses.add(response.getStatus());
    }

    @Test
    void theThirdConcurrentRequestOfOneClientIsTooMany() throws Exception {
        nested("10.0.0.1", 3, () -> { });
        assertThat(statuses).containsExactly(429, 200, 200);
    }

    @Test
    void aSubscriptionOverServerSentEventsTakesNoPlace() throws Exception {
        List<Boolean> served = new ArrayList<>();
        nested("10.0.0.1", 2, () -> {
            MockHttpServletRequest stream = request("10.0.0.1");
            stream.addHeader("Accept", "text/event-stream");
            try {
                filter.doFilter(stream, new MockHttpServletResponse(), (request, ignored) -> served.add(true));
            } catch (Exception exception) {
                throw new IllegalStateException(exception);
            }
        });
        assertThat(served).containsExactly(true);
        assertThat(statuses).containsExactly(200, 200);
    }

    @Test
    void anotherClientIsServedWhileOneIsAtItsLimit() throws Exception {
        nested("10.0.0.1", 2, () -> {
            try {
                nested("10.0.0.2", 1, () -> { });
            } catch (Exception exception) {
                throw new IllegalStateException(exception);
            }
        });
        assertThat(statuses).containsExactly(200, 200, 200);
    }

    @Test
    void finishedRequestsFreeTheirPlaces() throws Exception {
        for (int round = 0; round < 5; round++) {
            nested("10.0.0.1", 2, () -> { });
        }
        assertThat(statuses).hasSize(10).containsOnly(200);
    }
}
