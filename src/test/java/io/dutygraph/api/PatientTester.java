package io.dutygraph.api;

import java.time.Duration;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/**
 * The tester with 30 s to answer: the WebTestClient under it has its own 5 s timeout, which a busy 2-core machine
 * exceeds.
 */
public final class PatientTester {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private PatientTester() {
    }

    public static HttpGraphQlTester of(HttpGraphQlTester tester) {
        return tester.mutate().webTestClient(client -> client.responseTimeout(TIMEOUT)).responseTimeout(TIMEOUT).build();
    }
}
