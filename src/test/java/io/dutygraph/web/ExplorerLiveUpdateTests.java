package io.dutygraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.dutygraph.api.StatementCounter;
import io.dutygraph.ingest.PlanIngest;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.tester.AutoConfigureHttpGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.context.annotation.Import;
import org.springframework.core.io.ClassPathResource;

/**
 * An open explorer subscribes to {@code plansChanged} (graphql-ws over WebSocket) and redraws its view when the
 * plan it shows is loaded again on the server. Skipped, like {@link ExplorerBrowserTests}, without chromium.
 */
// Same configuration as ApiTests and ExplorerBrowserTests, so all share one cached context.
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureHttpGraphQlTester
@AutoConfigureWebTestClient
@Import(StatementCounter.class)
class ExplorerLiveUpdateTests {

    private static ExplorerBrowser browser;

    @LocalServerPort
    int port;

    @Autowired
    PlanIngest ingest;

    @BeforeAll
    static void startBrowser() throws Exception {
        if (!ExplorerBrowser.available()) {
            System.err.println(ExplorerBrowser.skipMessage());
            return;
        }
        browser = new ExplorerBrowser(Files.createDirectories(Path.of("target/explorer-downloads")));
    }

    /** Skipped, with the reason, where there is no browser (counted as skipped in the report). */
    @BeforeEach
    void needsTheBrowser() {
        Assumptions.assumeTrue(browser != null, ExplorerBrowser::skipMessage);
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void aPlanLoadedOnTheServerRedrawsTheOpenView() throws Exception {
        browser.open("http://127.0.0.1:" + port + "/");
        browser.await(By.cssSelector(".plan-card h2"));
        browser.await(By.cssSelector("html[data-live='subscribed']"));
        Thread.sleep(1000); // the subscribe message reaches the server just after the page marks itself subscribed
        browser.script("document.querySelector('.plan-card').dataset.stale = 'yes'");
        ingest.ingest(new ClassPathResource("plans/wujiang-2024.txt"));
        assertThat(browser.awaitText(By.id("message"), "已重新导入").getText())
                .isEqualTo("方案 wujiang-2024 已重新导入,视图已更新。");
        assertThat(browser.await(By.cssSelector(".plan-card h2")).getText()).isEqualTo("区政府2024年重点工作目标任务分解落实方案");
        assertThat(browser.all(By.cssSelector(".plan-card[data-stale]"))).as("the old view is gone").isEmpty();
        assertThat(browser.consoleErrors()).as("browser console errors").isEmpty();
    }
}
