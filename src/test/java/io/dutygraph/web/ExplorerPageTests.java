package io.dutygraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.dutygraph.api.StatementCounter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.tester.AutoConfigureHttpGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The explorer's files as served, without a browser: the page at /, its modules and ECharts from the app, and
 * nothing a Content-Security-Policy of {@code script-src 'self'} would block (no inline script or handler, no eval).
 */
// Same configuration as ApiTests, so both share one cached context (one embedded Neo4j).
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureHttpGraphQlTester
@AutoConfigureWebTestClient
@Import(StatementCounter.class)
class ExplorerPageTests {

    private static final Path SCRIPTS = Path.of("src/main/resources/static/explorer");

    @Autowired
    WebTestClient web;

    @Test
    void thePageAtTheRootLoadsOneModuleAndNoInlineScript() {
        String page = web.get().uri("/").exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(page).contains("<script type=\"module\" src=\"/explorer/main.js\"></script>", "lang=\"zh-CN\"")
                .doesNotContainPattern("<script(?![^>]*\\bsrc=)").doesNotContainPattern("\\son[a-z]+=")
                .doesNotContain("https://", "http://");
    }

    @Test
    void modulesAndEchartsAreServedByTheApp() throws IOException {
        WebTestClient client = web.mutate().codecs(codecs -> codecs.defaultCodecs().maxInMemorySize(4 << 20)).build();
        List<String> assets = Stream.concat(Stream.of("/webjars/echarts/5.3.1/dist/echarts.esm.min.js",
                "/explorer/explorer.css"), scripts().map(file -> "/explorer/" + SCRIPTS.relativize(file))).toList();
        for (String asset : assets) {
            byte[] body = client.get().uri(asset).exchange().expectStatus().isOk().expectBody().returnResult()
                    .getResponseBody();
            assertThat(body).as(asset).isNotEmpty();
        }
    }

    @Test
    void scriptsNeitherEvaluateTextNorReachOutside() throws IOException {
        for (Path file : scripts().toList()) {
            assertThat(Files.readString(file)).as(file.toString())
                    .doesNotContain("eval(", "new Function", "innerHTML", "http://", "https://");
        }
    }

    private static Stream<Path> scripts() throws IOException {
        try (Stream<Path> files = Files.walk(SCRIPTS)) {
            return files.filter(file -> file.toString().endsWith(".js")).toList().stream();
        }
    }
}
