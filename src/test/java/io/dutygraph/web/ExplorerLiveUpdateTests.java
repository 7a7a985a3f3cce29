package io.dutygraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.dutygraph.ingest.PlanIngest;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;

/**
 * An open explorer subscribes to {@code plansChanged} (graphql-ws over WebSocket) and redraws its view when the
 * plan it shows is loaded again on the server. Browser, skipping, screenshot and the checks after each test (no
 * request leaves the machine, no console error): {@link ExplorerBrowserSupport}.
 */
class ExplorerLiveUpdateTests extends ExplorerBrowserSupport {

    @Autowired
    PlanIngest ingest;

    @Test
    void aPlanLoadedOnTheServerRedrawsTheOpenView() throws Exception {
        browser.open(page(""));
        browser.await(By.cssSelector(".plan-card h2"));
        browser.await(By.cssSelector("html[data-live='subscribed']"));
        browser.script("document.querySelector('.plan-card').dataset.stale = 'yes'");
        reloadUntilAnnounced();
        assertThat(browser.awaitText(By.id("message"), "已重新导入").getText())
                .isEqualTo("方案 wujiang-2024 已重新导入,视图已更新。");
        assertThat(browser.await(By.cssSelector(".plan-card h2")).getText()).isEqualTo("区政府2024年重点工作目标任务分解落实方案");
        assertThat(browser.all(By.cssSelector(".plan-card[data-stale]"))).as("the old view is gone").isEmpty();
    }

    /**
     * The page marks itself subscribed when it sends its subscribe message, which the server registers a moment
     * later (graphql-ws does not acknowledge it): a load before then is not announced to it, so the plan is loaded
     * again, at most three times, until the page says so.
     */
    private void reloadUntilAnnounced() throws InterruptedException {
        for (int attempt = 0; attempt < 3; attempt++) {
            ingest.ingest(new ClassPathResource("plans/wujiang-2024.txt"));
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (System.nanoTime() < deadline) {
                if (String.valueOf(browser.script("return document.getElementById('message')?.textContent"))
                        .contains("已重新导入")) {
                    return;
                }
                Thread.sleep(200);
            }
        }
    }
}
