package io.dutygraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.dutygraph.api.PatientTester;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/**
 * The explorer at / in a real browser (headless chromium) on the bundled plan: every view clicked through and
 * checked for what a person sees, with no request leaving the machine and no error in the browser's console
 * (checked after each test, see {@link ExplorerBrowserSupport}).
 */
class ExplorerBrowserTests extends ExplorerBrowserSupport {

    /** The bundled plan's audit (audit(plan:), checked again in {@link #audit}): 82 findings, 0 / 45 / 37 by severity. */
    private static final Map<String, Integer> FINDINGS_BY_SEVERITY = Map.of("ERROR", 0, "WARNING", 45, "INFO", 37);
    /** Task 1, 地区生产总值增长5%以上: one target, 5 % AT_LEAST (checked with task(number: 1) { targets }). */
    private static final String TASK_1_TARGET = "≥ 5 %（以上）";
    /** Checked against the API: tasks of 七都镇 (tasks(where: {unit: "七都镇"})). */
    private static final String[] QIDU_TASKS = {"15", "22", "26", "60", "62", "90", "94", "95"};
    /** Of 钱宇's 40 tasks, 9 inherit their leaders from a merged cell; task 2 (line 31) from the cell at line 27. */
    private static final int INHERITED_OF_QIAN_YU = 9;
    private static final int INHERITED_TASK = 2;
    private static final int INHERITED_TASK_LINE = 31;
    private static final int INHERITED_TASK_LEADER_LINE = 27;

    @Test
    void overview() {
        browser.open(page(""));
        assertThat(browser.await(By.cssSelector(".plan-card h2")).getText()).isEqualTo("区政府2024年重点工作目标任务分解落实方案");
        assertThat(browser.await(By.cssSelector(".plan-card .task-count")).getText()).isEqualTo("118 项(与文件声明的\"共118项\"一致)");
        assertThat(browser.awaitText(By.id("chapters-chart"), "二、(标题缺失)").getText()).contains("一、", "十、");
        assertThat(browser.awaitText(By.id("officials-chart"), "钱宇").getText()).contains("40", "方勇");
        assertThat(browser.awaitText(By.id("units-chart"), "区发改委").getText()).contains("牵头", "配合");
        assertThat(browser.await(By.cssSelector("#views a.active")).getText()).isEqualTo("概览");
    }

    @Test
    void network() {
        browser.open(page("?view=network"));
        WebElement label = browser.waiting().until(ExpectedConditions.elementToBeClickable(
                By.xpath("//div[@id='network-chart']//*[name()='text' and text()='区发改委']")));
        assertThat(browser.await(By.id("network-status")).getText()).startsWith("66 个单位");
        label.click();
        assertThat(browser.awaitText(By.cssSelector("#side-panel h2"), "区发改委").getText()).isEqualTo("区发改委");
        assertThat(browser.await(By.cssSelector("#side-panel li[data-task='15']")).getText()).contains("任务 15");
        assertThat(browser.currentUrl()).contains("view=network", "unit=");
    }

    @Test
    void networkLinkListsTheSharedTasks() {
        browser.open(page("?view=network&pair=汾湖高新区,区发改委"));
        assertThat(browser.awaitText(By.cssSelector("#side-panel .meta"), "共同承担").getText()).isEqualTo("共同承担 4 项任务");
        assertThat(browser.all(By.cssSelector("#side-panel li")).stream().map(li -> li.getAttribute("data-task")))
                .containsExactly("15", "19", "23", "106");
    }

    @Test
    void networkColouredByCommunityAndSizedByBetweenness() {
        browser.open(page("?view=network&chapter=七&min=2"));
        browser.await(By.xpath("//div[@id='network-chart']//*[name()='text' and text()='生态环境局']"));
        new Select(browser.await(By.name("colour"))).selectByValue("community");
        browser.awaitText(By.id("network-chart"), "社区 1");
        new Select(browser.await(By.name("size"))).selectByValue("betweenness");
        WebElement redrawn = browser.await(By.cssSelector(
                "#network-chart[data-size='betweenness'][data-colour='community'][data-drawn-ms]"));
        assertThat(redrawn.getText()).contains("社区 1", "生态环境局");
        assertThat(browser.currentUrl()).contains("chapter=", "min=2", "colour=community");
    }

    @Test
    void path() {
        browser.open(page("?view=path"));
        browser.await(By.name("from")).sendKeys("工信局");
        browser.await(By.name("to")).sendKeys("七都镇");
        browser.await(By.cssSelector("#path-form button")).click();
        List<WebElement> steps = browser.waiting().until(ExpectedConditions.numberOfElementsToBeMoreThan(
                By.cssSelector(".path-steps li"), 0));
        assertThat(steps.get(0).getText()).startsWith("区工信局");
        assertThat(steps.get(steps.size() - 1).getText()).contains("七都镇");
        assertThat(browser.await(By.id("path-chart")).getText()).contains("区工信局", "七都镇");
        assertThat(browser.currentUrl()).contains("from=", "to=");
    }

    @Test
    void chainOfAnOfficial() {
        browser.open(page("?view=chain"));
        new Select(browser.await(By.name("official"))).selectByValue("钱宇");
        assertThat(browser.awaitText(By.cssSelector("#chain-result h2"), "钱宇").getText()).isEqualTo("钱宇:40 项任务");
        assertThat(browser.all(By.cssSelector("#chain-table tbody tr"))).hasSize(40);
        assertThat(browser.await(By.id("chain-summary")).getText()).contains("从合并单元格继承 " + INHERITED_OF_QIAN_YU + " 项");
        assertThat(browser.await(By.id("chain-chart")).getText()).contains("钱宇", "任务 15", "区发改委");
    }

    @Test
    void chainOfATaskWithInheritedLeaders() {
        browser.open(page("?view=chain&task=" + INHERITED_TASK));
        WebElement table = browser.await(By.id("chain-table"));
        assertThat(table.getText()).contains("合并单元格继承(第 " + INHERITED_TASK_LEADER_LINE + " 行)",
                "wujiang-2024.txt:" + INHERITED_TASK_LINE);
    }

    @Test
    void tasksFilteredByATownWithCsvDownload() throws IOException {
        browser.open(page("?view=tasks"));
        browser.awaitText(By.id("task-total"), "共 118 项任务 · 第 1 / 6 页");
        WebElement unit = browser.await(By.name("unit"));
        unit.sendKeys("七都镇");
        unit.sendKeys(org.openqa.selenium.Keys.ENTER);
        browser.awaitText(By.id("task-total"), "共 8 项任务 · 第 1 / 1 页");
        List<String> shown = browser.all(By.cssSelector("#task-table tbody tr td:first-child")).stream()
                .map(WebElement::getText).toList();
        assertThat(shown).containsExactly(QIDU_TASKS);
        browser.await(By.id("csv")).click();
        List<String> rows = Files.readAllLines(browser.awaitDownload(".csv"), StandardCharsets.UTF_8);
        assertThat(rows).hasSize(1 + QIDU_TASKS.length);
        assertThat(rows.get(0)).isEqualTo("\ufeff任务编号,章,项目,内容,牵头领导,领导来源,牵头单位,配合单位,出处");
        assertThat(rows.subList(1, rows.size())).extracting(row -> row.substring(0, row.indexOf(',')))
                .containsExactly(QIDU_TASKS);
    }

    @Test
    void tasksPageThroughTheWholePlan() {
        browser.open(page("?view=tasks&page=6"));
        browser.awaitText(By.id("task-total"), "第 6 / 6 页");
        assertThat(browser.all(By.cssSelector("#task-table tbody tr td:first-child")).stream().map(WebElement::getText))
                .startsWith("101").endsWith("118");
    }

    @Test
    void dataQuality() {
        browser.open(page("?view=quality"));
        WebElement missing = browser.await(By.cssSelector("details[data-code='CHAPTER_TITLE_MISSING']"));
        assertThat(missing.getText()).contains("章标题缺失", "wujiang-2024.txt:");
        assertThat(browser.await(By.cssSelector("#view h2")).getText()).isEqualTo("读取方案时的提示(7 条)");
    }

    @Test
    void audit(@Autowired HttpGraphQlTester tester) {
        HttpGraphQlTester graphQl = PatientTester.of(tester);
        FINDINGS_BY_SEVERITY.forEach((severity, count) -> graphQl.documentName("audit").variable("severity", severity)
                .execute().path("audit.findings").entityList(Object.class).hasSize(count));
        browser.open(page("?view=audit"));
        WebElement summary = browser.awaitText(By.id("audit-summary"), "发现");
        assertThat(summary.getText()).contains("读取 118 项任务(文件声明 118 项)", "96 个可量化目标");
        FINDINGS_BY_SEVERITY.forEach((severity, count) -> assertThat(browser.await(By.cssSelector(
                "#audit-summary [data-severity='" + severity + "']")).getText()).endsWith(" " + count));
        assertThat(browser.await(By.cssSelector("#view h2")).getText()).isEqualTo("审计报告:82 条发现");
        WebElement noLeader = browser.await(By.cssSelector("details[data-code='TASK_WITHOUT_LEADER']"));
        assertThat(noLeader.findElement(By.tagName("summary")).getText()).contains("警告", "任务未列牵头领导", "20 条");
        assertThat(noLeader.getText()).contains("任务 3", "wujiang-2024.txt:38", "task 3 lists no lead official");
        assertThat(browser.await(By.cssSelector("details[data-code='TASK_COUNT_MATCHES']")).getText())
                .contains("提示", "全方案", "1 条");
        assertThat(browser.all(By.cssSelector("details.finding-group tbody tr"))).hasSize(82);
        assertThat(browser.all(By.cssSelector("#finding-index li"))).hasSize(9);
        assertThat(browser.await(By.cssSelector("#finding-index button[data-code='UNIT_SEVERAL_SPELLINGS']")).getText())
                .isEqualTo("提示 同一单位有多种写法 21");
        browser.script("window.scrollTo(0, 0)");
    }

    @Test
    void auditFilteredBySeverityLeadsToATasksChain() {
        browser.open(page("?view=audit"));
        new Select(browser.await(By.name("severity"))).selectByValue("INFO");
        browser.waiting().until(d -> browser.all(By.cssSelector("details.finding-group tbody tr")).size()
                == FINDINGS_BY_SEVERITY.get("INFO"));
        assertThat(browser.all(By.cssSelector("details.finding-group")))
                .allSatisfy(group -> assertThat(group.getAttribute("data-severity")).isEqualTo("INFO"));
        assertThat(browser.currentUrl()).contains("view=audit", "severity=INFO");
        new Select(browser.await(By.name("severity"))).selectByValue("WARNING");
        browser.await(By.cssSelector("details[data-code='TASK_WITHOUT_LEADER'] a[data-task='3']")).click();
        assertThat(browser.awaitText(By.cssSelector("#chain-result h2"), "任务 3").getText()).isEqualTo("任务 3 的责任链");
        assertThat(browser.currentUrl()).contains("view=chain", "task=3");
        browser.back();
        assertThat(browser.await(By.cssSelector("#views a.active")).getText()).isEqualTo("审计");
    }

    @Test
    void chainOfATaskShowsItsTargets() {
        browser.open(page("?view=chain&task=1"));
        WebElement table = browser.awaitText(By.id("chain-table"), "地区生产总值增长");
        assertThat(table.findElement(By.cssSelector("ul.targets")).getText()).isEqualTo(TASK_1_TARGET + " 地区生产总值增长");
    }

    @Test
    void tasksShowTheirTargets() {
        browser.open(page("?view=tasks"));
        browser.awaitText(By.id("task-total"), "共 118 项任务");
        WebElement first = browser.await(By.cssSelector("#task-table tbody tr"));
        assertThat(first.getText()).startsWith("1").contains(TASK_1_TARGET, "地区生产总值增长");
    }

    @Test
    void unknownNamesAndPlansAreSaidInThePage() {
        browser.open(page("?view=network&unit=发改局"));
        assertThat(browser.awaitText(By.cssSelector("#side-panel .notice.error"), "未找到").getText())
                .contains("\"发改局\"", "区发改委");
        browser.open(page("?view=tasks&plan=no-such-plan"));
        assertThat(browser.awaitText(By.id("message"), "未找到方案").getText()).contains("no-such-plan", "wujiang-2024");
        browser.open(page("?view=chain&task=999"));
        assertThat(browser.awaitText(By.cssSelector("#chain-result .notice"), "999").getText())
                .isEqualTo("本方案没有第 999 项任务(共 118 项)。");
    }

    @Test
    void theBackButtonReturnsToThePreviousView() {
        browser.open(page(""));
        browser.await(By.cssSelector(".plan-card"));
        browser.await(By.cssSelector("#views a[data-view='quality']")).click();
        browser.await(By.cssSelector("details[data-code]"));
        browser.await(By.cssSelector("#views a[data-view='tasks']")).click();
        browser.awaitText(By.id("task-total"), "共 118 项任务");
        browser.back();
        browser.await(By.cssSelector("details[data-code]"));
        assertThat(browser.await(By.cssSelector("#views a.active")).getText()).isEqualTo("数据质量");
        browser.back();
        assertThat(browser.await(By.cssSelector(".plan-card h2")).getText()).contains("2024年");
    }
}
