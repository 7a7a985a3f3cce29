package io.dutygraph.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.client.WebSocketGraphQlClient;
import org.springframework.web.reactive.socket.client.StandardWebSocketClient;

/** A document larger than Tomcat's 8 KB WebSocket buffer is served over graphql-ws, not closed with 1009. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WebSocketMessageSizeTests {

    @LocalServerPort
    int port;

    @Test
    void aTwentyKilobyteDocumentIsAnsweredOverWebSocket() {
        // A large document with a small answer: the test's own client keeps Tomcat's 8 KB limit for what it receives.
        String document = "query Outline { plans { id } }\n# " + "x".repeat(20_000);
        WebSocketGraphQlClient client = WebSocketGraphQlClient.builder("ws://localhost:" + port + "/graphql",
                new StandardWebSocketClient()).build();
        try {
            assertThat(client.document(document).retrieve("plans[0].id").toEntity(String.class)
                    .block(Duration.ofMinutes(1))).isEqualTo("wujiang-2024");
        } finally {
            client.stop().block(Duration.ofSeconds(10));
        }
    }
}
