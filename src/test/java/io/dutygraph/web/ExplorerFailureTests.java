package io.dutygraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * What the explorer says when something goes wrong, in a real browser: a request that fails, the page's own
 * scripts that cannot be loaded, a value it cannot use, a name it does not know. Always a message in the page in
 * Chinese, never a blank or endlessly loading screen. The browser errors these tests cause on purpose are read
 * off the console before the checks after each test.
 */
class ExplorerFailureTests extends ExplorerBrowserSupport {

    @Test
    void aFailedRequestIsSaidAndTheTabsStayUsable() {
        browser.open(page(""));
        browser.await(By.cssSelector(".plan-card h2"));
        try {
            browser.offline(true);
            browser.await(By.cssSelector("#views a[data-view='tasks']")).click();
            assertThat(browser.awaitText(By.id("message"), "无法连接服务器").getText())
                    .contains("请确认 DutyGraph 正在运行后刷新页面");
            assertThat(browser.all(By.cssSelector("#views a"))).hasSize(7);
        } finally {
            browser.offline(false);
        }
        browser.await(By.cssSelector("#views a[data-view='quality']")).click();
        browser.await(By.cssSelector("details[data-code]"));
        assertThat(browser.all(By.cssSelector("#message:not([hidden])"))).as("the message is gone once requests succeed")
                .isEmpty();
        assertThat(browser.consoleErrors()).as("the errors of the failed requests").isNotEmpty();
    }

    @Test
    void scriptsThatCannotBeLoadedAreSaid() {
        try {
            browser.blockUrls(List.of("*echarts.esm.min.js"));
            browser.open(page("?view=network"));
            assertThat(browser.awaitText(By.id("message"), "页面的程序未能加载").getText())
                    .contains("无法读取脚本", "请确认 DutyGraph 正在运行,然后刷新页面");
            assertThat(browser.await(By.id("view")).getText()).doesNotContain("正在加载");
        } finally {
            browser.blockUrls(List.of());
        }
        browser.consoleErrors(); // the blocked request, if the browser reports it there
    }

    /**
     * The first network of a plan of thousands of units can outrun the API's time limit (13.6 s on the synthetic
     * plan of ExplorerTiming, limit 10 s) while the server finishes and keeps it: the page asks once more. Here
     * the browser answers the page's first network request with the API's TIMEOUT error, after the server's answer.
     */
    @Test
    void aNetworkThatOutrunsTheTimeLimitIsAskedForAgain() {
        String script = browser.onEveryPage("""
                (() => {
                  const fetchFromServer = window.fetch;
                  window.networkRequests = 0;
                  window.fetch = async (url, init) => {
                    const network = typeof init?.body === 'string' && init.body.includes('coordinationNetwork(');
                    window.networkRequests += network ? 1 : 0;
                    const response = await fetchFromServer(url, init);
                    return network && window.networkRequests === 1 ? new Response(JSON.stringify({ errors: [{
                      message: 'The request ran longer than 10000 ms (dutygraph.api.timeout) and was stopped',
                      extensions: { classification: 'TIMEOUT' } }] }), { headers: { 'Content-Type': 'application/json' } })
                      : response;
                  };
                })();""");
        try {
            browser.open(page("?view=network"));
            browser.await(By.cssSelector("#network-chart[data-drawn-ms]"));
            assertThat(browser.await(By.id("network-status")).getText()).startsWith("66 个单位");
            assertThat(browser.script("return window.networkRequests")).isEqualTo(2L);
            assertThat(browser.all(By.cssSelector("#message:not([hidden])"))).isEmpty();
        } finally {
            browser.notOnEveryPage(script);
        }
    }

    @Test
    void aMinimumThatIsNoWholeNumberIsSaid() {
        browser.open(page("?view=network&min=-3"));
        assertThat(browser.awaitText(By.id("message"), "最少共享任务").getText())
                .isEqualTo("\"最少共享任务\"须是 1 或更大的整数,\"-3\"不是;按 1 显示。");
        browser.awaitText(By.id("network-status"), "66 个单位");
        WebElement min = browser.await(By.name("min"));
        min.clear();
        min.sendKeys("两", Keys.ENTER);
        assertThat(browser.awaitText(By.id("message"), "\"两\"不是").getText()).contains("仍按 1 显示");
        assertThat(browser.currentUrl()).contains("min=-3");
    }

    @Test
    void anUnknownOfficialIsSaid() {
        browser.open(page("?view=chain&official=钱雨"));
        assertThat(browser.awaitText(By.id("message"), "未找到").getText()).contains("\"钱雨\"");
        assertThat(browser.await(By.id("chain-form")).isDisplayed()).isTrue();
    }
}
