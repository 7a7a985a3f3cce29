package io.dutygraph.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.json.JsonMapper;

/**
 * A client that hangs up does not leave its request running for nobody: the execution notices at its next fields
 * and stops. The limits are raised here so that the request would otherwise run for many seconds (900 networks).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "dutygraph.api.max-complexity=100000000", "dutygraph.api.max-fields=10000000", "dutygraph.api.timeout=10m",
        "logging.level.io.dutygraph.api.ExecutionBudget=debug"})
@ExtendWith(OutputCaptureExtension.class)
class AbandonedRequestTests {

    @LocalServerPort
    int port;

    @Test
    void aRequestWhoseClientHangsUpIsStopped(CapturedOutput log) throws Exception {
        // 900 networks, each computed afresh (a different minShared): about 20 ms each on a 2-core machine.
        String query = IntStream.range(0, 900)
                .mapToObj(n -> "n" + n + ": coordinationNetwork(minShared: " + (n + 1) + ") { edges { sharedTaskCount } }")
                .collect(Collectors.joining(" ", "{ ", " }"));
        byte[] body = JsonMapper.builder().build().writeValueAsBytes(Map.of("query", query));
        try (Socket socket = new Socket("localhost", port)) {
            OutputStream out = socket.getOutputStream();
            out.write(("POST /graphql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                    + "Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();
            Thread.sleep(1_000);
        }
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                assertThat(log.getAll()).contains("Stopped a request whose client went away"));
    }
}
