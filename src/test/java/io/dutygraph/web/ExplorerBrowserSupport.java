package io.dutygraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.dutygraph.api.StatementCounter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;
import org.springframework.boot.graphql.test.autoconfigure.tester.AutoConfigureHttpGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.context.annotation.Import;

/**
 * What the explorer's browser tests share: one headless chromium per test class (skipped, saying why, where
 * chromium or chromedriver is missing), and after each test a screenshot under target/explorer-screenshots (with
 * {@code -Ddutygraph.docs.rewrite=true} the README's pictures also to docs/screenshots) and the checks that no
 * request left the machine and that the browser's console shows no error.
 */
// Same configuration as ApiTests, so all share one cached context (one embedded Neo4j).
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureHttpGraphQlTester
@AutoConfigureWebTestClient
@Import(StatementCounter.class)
abstract class ExplorerBrowserSupport {

    private static final Path SCREENSHOTS = Path.of("target/explorer-screenshots");
    private static final Path DOCS_SCREENSHOTS = Path.of("docs/screenshots");
    /** The tests whose screenshots the README shows. */
    private static final Set<String> DOCUMENTED = Set.of("overview", "network", "networkColouredByCommunityAndSizedByBetweenness",
            "path", "chainOfAnOfficial", "tasksFilteredByATownWithCsvDownload", "dataQuality", "audit");

    static ExplorerBrowser browser;

    @LocalServerPort
    int port;

    @BeforeAll
    static void startBrowser() throws IOException {
        if (!ExplorerBrowser.available()) {
            System.err.println(ExplorerBrowser.skipMessage());
            return;
        }
        Path downloads = Files.createDirectories(Path.of("target/explorer-downloads"));
        try (var old = Files.list(downloads)) {
            for (Path file : old.toList()) {
                Files.delete(file);
            }
        }
        browser = new ExplorerBrowser(downloads);
    }

    /**
     * Each test is skipped, with the reason, where there is no browser: counted as skipped in the report (an
     * assumption in {@code @BeforeAll} would leave the class at "Tests run: 0", as if it had none).
     */
    @BeforeEach
    void needsTheBrowser() {
        Assumptions.assumeTrue(browser != null, ExplorerBrowser::skipMessage);
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
    }

    @AfterEach
    void nothingLeftTheMachineAndNothingFailed(TestInfo test) throws IOException {
        if (browser == null) {
            return;
        }
        String name = test.getTestMethod().orElseThrow().getName();
        Path shot = browser.screenshot(SCREENSHOTS, name);
        if (Boolean.getBoolean("dutygraph.docs.rewrite") && DOCUMENTED.contains(name)) {
            Files.createDirectories(DOCS_SCREENSHOTS);
            Files.copy(shot, DOCS_SCREENSHOTS.resolve(shot.getFileName()), StandardCopyOption.REPLACE_EXISTING);
        }
        assertThat(browser.requestedUrls()).as("requests of the page").isNotEmpty()
                .allSatisfy(url -> assertThat(url).matches("(http://127\\.0\\.0\\.1:" + port + "/|blob:http://127\\.0\\.0\\.1:"
                        + port + "/|data:).*"));
        assertThat(browser.consoleErrors()).as("browser console errors").isEmpty();
    }

    String page(String query) {
        return "http://127.0.0.1:" + port + "/" + query;
    }
}
