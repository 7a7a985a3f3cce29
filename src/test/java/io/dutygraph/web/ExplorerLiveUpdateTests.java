package io.dutygraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.dutygraph.ingest.PlanIngest;
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
        Thread.sleep(1000); // the subscribe message reaches the server just after the page marks itself subscribed
        browser.script("document.querySelector('.plan-card').dataset.stale = 'yes'");
        ingest.ingest(new ClassPathResource("plans/wujiang-2024.txt"));
        assertThat(browser.awaitText(By.id("message"), "已重新导入").getText())
                .isEqualTo("方案 wujiang-2024 已重新导入,视图已更新。");
        assertThat(browser.await(By.cssSelector(".plan-card h2")).getText()).isEqualTo("区政府2024年重点工作目标任务分解落实方案");
        assertThat(browser.all(By.cssSelector(".plan-card[data-stale]"))).as("the old view is gone").isEmpty();
    }
}
