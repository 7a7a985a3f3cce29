package io.dutygraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.dutygraph.api.StatementCounter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.tester.AutoConfigureHttpGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.reactive.server.WebTestClient;

/** GraphiQL at /graphiql is served by the app itself: page and scripts, nothing from a CDN. */
// Same configuration as ApiTests, so both share one cached context (one embedded Neo4j).
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureHttpGraphQlTester
@AutoConfigureWebTestClient(timeout = "PT30S")
@Import(StatementCounter.class)
class GraphiqlPageTests {

    @Autowired
    WebTestClient web;

    @Test
    void graphiqlPageLoadsItsScriptsFromTheApp() {
        String page = web.get().uri("/graphiql").exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(page).contains("/webjars/graphiql/2.4.7/graphiql.min.js", "/webjars/react/18.3.1/umd/",
                "<script src=\"/graphiql/graphiql.js\"></script>").doesNotContain("https://", "unpkg", "cdn");
        assertThat(page.replaceAll("<script src=\"[^\"]+\"></script>", "")).as("no inline script (CSP)")
                .doesNotContain("<script");
        String script = web.get().uri("/graphiql/graphiql.js").exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(script).contains("url: '/graphql'");
    }

    @Test
    void graphiqlScriptsAreServed() {
        WebTestClient client = web.mutate().codecs(codecs -> codecs.defaultCodecs().maxInMemorySize(4 << 20)).build();
        for (String asset : new String[] {"/webjars/graphiql/2.4.7/graphiql.min.js",
                "/webjars/graphiql/2.4.7/graphiql.min.css", "/webjars/react/18.3.1/umd/react.production.min.js",
                "/webjars/react-dom/18.3.1/umd/react-dom.production.min.js"}) {
            byte[] body = client.get().uri(asset).exchange().expectStatus().isOk()
                    .expectBody().returnResult().getResponseBody();
            assertThat(body).as(asset).isNotEmpty();
        }
    }
}
