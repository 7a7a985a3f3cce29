package io.dutygraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/**
 * The coordination network in a real browser, as a person reads it: the whole plan's units drawn inside the frame
 * and below the legend, a unit's figures on hover, selections stepped back with Back, and networks with no link or
 * no unit said as such.
 */
class ExplorerNetworkTests extends ExplorerBrowserSupport {

    /** The legend's entries: the kinds of unit (labels.js), as the network's legend shows them. */
    private static final Set<String> LEGEND = Set.of("区级部门", "党群机关", "区镇", "集合(各区镇)", "国有企业", "条线单位", "专班", "其他");
    /** The whole plan's network (coordinationNetwork on the bundled plan): 66 units. */
    private static final int UNITS = 66;

    @Autowired
    HttpGraphQlTester tester;

    @Test
    void theWholePlanIsDrawnInsideTheFrameAndBelowTheLegend() {
        browser.open(page("?view=network"));
        browser.await(By.cssSelector("#network-chart[data-drawn-ms]"));
        List<Label> labels = labels();
        double legendBottom = labels.stream().filter(l -> LEGEND.contains(l.text())).mapToDouble(Label::bottom).max()
                .orElseThrow();
        List<Label> units = labels.stream().filter(l -> !LEGEND.contains(l.text())).toList();
        assertThat(units).as("units with their name shown (the others' overlap and show on hover)")
                .hasSizeGreaterThan(UNITS / 2);
        assertThat(units).allSatisfy(unit -> {
            assertThat(unit.top()).as(unit.text() + " below the legend").isGreaterThanOrEqualTo(legendBottom);
            assertThat(unit.left()).as(unit.text() + " inside on the left").isGreaterThanOrEqualTo(0);
            assertThat(unit.right()).as(unit.text() + " inside on the right").isLessThanOrEqualTo(unit.width());
            assertThat(unit.bottom()).as(unit.text() + " inside at the bottom").isLessThanOrEqualTo(unit.height());
        });
    }

    @Test
    void hoveringAUnitShowsItsFigures() {
        List<Integer> figures = unitFigures("区发改委");
        browser.open(page("?view=network"));
        WebElement label = browser.waiting().until(ExpectedConditions.elementToBeClickable(
                By.xpath("//div[@id='network-chart']//*[name()='text' and text()='区发改委']")));
        browser.hover(label);
        assertThat(browser.awaitText(By.id("network-chart"), "协作单位 " + figures.get(1) + " 个").getText())
                .contains("任务 " + figures.get(0) + " 项");
    }

    @Test
    void backStepsThroughTheSelectedUnits() {
        browser.open(page("?view=network"));
        browser.waiting().until(ExpectedConditions.elementToBeClickable(
                By.xpath("//div[@id='network-chart']//*[name()='text' and text()='区发改委']"))).click();
        browser.awaitText(By.cssSelector("#side-panel h2"), "区发改委");
        WebElement partner = browser.await(By.cssSelector("#side-panel ol.partners a"));
        String partnerName = partner.getText();
        partner.click();
        browser.awaitText(By.cssSelector("#side-panel h2"), partnerName);
        browser.back();
        assertThat(browser.awaitText(By.cssSelector("#side-panel h2"), "区发改委").getText()).isEqualTo("区发改委");
        browser.back();
        assertThat(browser.awaitText(By.id("side-panel"), "桥梁作用最大的单位").getText()).contains("点击一个单位");
        assertThat(browser.currentUrl()).doesNotContain("unit=");
    }

    @Test
    void clickingALinkListsTheSharedTasks() {
        // Chapter 七, at least 3 shared tasks (ApiTests): two links, 区工信局–生态环境局 over tasks 72, 73, 76, 80.
        browser.open(page("?view=network&chapter=七&min=3"));
        browser.await(By.cssSelector("#network-chart[data-drawn-ms]"));
        List<?> onTheLink = (List<?>) browser.script("""
                const echarts = await import('/webjars/echarts/5.3.1/dist/echarts.esm.min.js');
                const chart = echarts.getInstanceByDom(document.getElementById('network-chart'));
                const series = chart.getModel().getSeriesByIndex(0);
                const edges = series.getEdgeData();
                for (let i = 0; i < edges.count(); i++) {
                  const edge = series.getGraph().getEdgeByIndex(i);
                  if ([edge.node1.id, edge.node2.id].sort().join() === '区工信局,生态环境局') {
                    const [a, b, c] = edges.getItemLayout(i);
                    const control = c || [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2];
                    const link = edges.getItemGraphicEl(i);
                    const onLink = (x, y) => {
                      let hovered = chart.getZr().handler.findHover(x, y).target;
                      while (hovered && hovered !== link) hovered = hovered.parent;
                      return hovered === link;
                    };
                    // The first whole pixel along the link where the link, not a unit or a label, is under the pointer,
                    // with a pixel to spare each way; returned in the page's viewport, where the drawing is anchored at
                    // the chart's top left (the chart's box narrows when the page gets a scroll bar, its drawing stays).
                    const box = document.getElementById('network-chart').getBoundingClientRect();
                    for (const t of [0.5, 0.4, 0.6, 0.3, 0.7, 0.45, 0.55, 0.35, 0.65, 0.25, 0.75]) {
                      const point = [0, 1].map((k) => (1 - t) ** 2 * a[k] + 2 * t * (1 - t) * control[k] + t ** 2 * b[k]);
                      const [x, y] = chart.convertToPixel({ seriesIndex: 0 }, point).map(Math.round);
                      if ([[0, 0], [1, 0], [-1, 0], [0, 1], [0, -1]].every(([dx, dy]) => onLink(x + dx, y + dy))) {
                        return [Math.round(box.left) + x, Math.round(box.top) + y];
                      }
                    }
                  }
                }
                return null;""");
        assertThat(onTheLink).as("a point of the link not covered by a unit").isNotNull();
        browser.clickAtViewport((int) Math.round(number(onTheLink.get(0))), (int) Math.round(number(onTheLink.get(1))));
        assertThat(browser.awaitText(By.cssSelector("#side-panel .meta"), "共同承担").getText()).startsWith("共同承担 4 项任务");
        assertThat(browser.await(By.cssSelector("#side-panel h2")).getText()).contains("区工信局", "生态环境局");
        assertThat(browser.all(By.cssSelector("#side-panel li")).stream().map(li -> li.getAttribute("data-task")))
                .containsExactly("72", "73", "76", "80");
        assertThat(browser.currentUrl()).contains("pair=");
    }

    @Test
    void aNetworkWithoutLinksOrUnitsIsSaid() {
        // Data providers (checked in ApiTests): 区统计局 and 吴江海关, never on one task together.
        browser.open(page("?view=network&role=DATA_PROVIDER"));
        WebElement status = browser.awaitText(By.cssSelector("#network-status.notice"), "0 条协作连线");
        assertThat(status.getText()).startsWith("2 个单位,0 条协作连线:这些单位之间没有至少 1 项共同承担的任务");
        browser.await(By.xpath("//div[@id='network-chart']//*[name()='text' and text()='区统计局']"));
        browser.open(page("?view=network&role=DATA_PROVIDER&chapter=十"));
        assertThat(browser.await(By.cssSelector("#network-chart .notice")).getText()).startsWith("这个范围内没有单位");
    }

    /** The API's figures of a unit in the whole plan's network: {taskCount, degree}. */
    private List<Integer> unitFigures(String unit) {
        HttpGraphQlTester graphQl = tester.mutate().webTestClient(client -> client.responseTimeout(Duration.ofSeconds(30)))
                .build();
        GraphQlTester.Response response = graphQl.document(
                "{ coordinationNetwork { nodes { unit { name } taskCount degree } } }").execute();
        String node = "coordinationNetwork.nodes[?(@.unit.name == '" + unit + "')].";
        return List.of(response.path(node + "taskCount").entityList(Integer.class).hasSize(1).get().get(0),
                response.path(node + "degree").entityList(Integer.class).hasSize(1).get().get(0));
    }

    /** Every text drawn in the network's chart, with its box relative to the chart's. */
    private List<Label> labels() {
        List<?> boxes = (List<?>) browser.script("""
                const chart = document.getElementById('network-chart').getBoundingClientRect();
                return [...document.querySelectorAll('#network-chart svg text')]
                    .map((text) => [text.textContent, text.getBoundingClientRect()])
                    .filter(([, box]) => box.width > 0)
                    .map(([text, box]) => [text, box.left - chart.left, box.top - chart.top, box.right - chart.left,
                        box.bottom - chart.top, chart.width, chart.height]);""");
        return boxes.stream().map(box -> (List<?>) box).map(box -> new Label((String) box.get(0), number(box.get(1)),
                number(box.get(2)), number(box.get(3)), number(box.get(4)), number(box.get(5)), number(box.get(6))))
                .toList();
    }

    private static double number(Object value) {
        return ((Number) value).doubleValue();
    }

    private record Label(String text, double left, double top, double right, double bottom, double width, double height) {
    }
}
