package io.dutygraph.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.dutygraph.export.ExportFiles;
import io.dutygraph.plan.ParsedPlan;
import io.dutygraph.plan.ParsedTask;
import io.dutygraph.plan.reading.TestPlans;
import io.dutygraph.plan.targets.TargetReader;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.tester.AutoConfigureHttpGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.context.annotation.Import;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The HTTP downloads of the bundled plan's exports, each opened with a real reader and checked against the graph. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureHttpGraphQlTester
@AutoConfigureWebTestClient
@Import(StatementCounter.class)
class ExportApiTests {

    private static final String GRAPHML = "http://graphml.graphdrawing.org/xmlns";
    private static final String GEXF = "http://www.gexf.net/1.2draft";

    HttpGraphQlTester graphQl;
    WebTestClient web;
    private final ParsedPlan plan = TestPlans.realPlan();

    @BeforeEach
    void allowForASlowMachine(@Autowired HttpGraphQlTester tester, @Autowired WebTestClient client) {
        graphQl = tester.mutate().webTestClient(builder -> builder.responseTimeout(Duration.ofSeconds(30)))
                .responseTimeout(Duration.ofSeconds(30)).build();
        web = client.mutate().responseTimeout(Duration.ofSeconds(60)).build();
    }

    private byte[] download(String file, String contentType) {
        EntityExchangeResult<byte[]> result = web.get().uri("/export/wujiang-2024/" + file).exchange()
                .expectStatus().isOk()
                .expectHeader().contentType(contentType)
                .expectHeader().valueEquals("Content-Disposition", "attachment; filename=\"wujiang-2024-" + file + "\"")
                .expectBody(byte[].class).returnResult();
        return result.getResponseBody();
    }

    @Test
    void theAssignmentsTableHasOneRowPerTaskAndUnitInBothFormats() throws Exception {
        List<List<String>> xlsx = ExportFiles.xlsx(download("assignments.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
        List<List<String>> csv = ExportFiles.csv(download("assignments.csv", "text/csv;charset=UTF-8"));

        assertThat(xlsx).hasSize(1 + plan.assignmentCount());
        assertThat(csv).isEqualTo(xlsx);
        assertThat(xlsx.get(0)).startsWith("plan", "chapter", "chapter title", "section number", "section", "task");
        ParsedTask task = TestPlans.task(plan, 56);
        String chapterTitle = plan.chapters().stream().filter(c -> c.numeral().equals(task.chapter())).findFirst()
                .map(c -> c.title() == null ? "" : c.title()).orElseThrow();
        assertThat(xlsx).contains(List.of("wujiang-2024", task.chapter(), chapterTitle,
                String.valueOf(task.sectionNumber()), task.section(), "56", task.text(), "王嵘、沈伟江、孙俊良、方勇", "OWN",
                "419", "区水务局", "LEAD", "水务局", "", "wujiang-2024.txt:417", "wujiang-2024.txt:424"));
    }

    @Test
    void theTargetsTableHasEveryTarget() throws Exception {
        List<List<String>> csv = ExportFiles.csv(download("targets.csv", "text/csv;charset=UTF-8"));
        int targets = plan.tasks().stream().mapToInt(task -> TargetReader.read(task.text()).size()).sum();

        assertThat(csv).hasSize(1 + targets);
        assertThat(csv.get(1)).containsExactly("wujiang-2024", "一", TestPlans.task(plan, 1).section(), "1", "地区生产总值增长", "5.0", "%", "AT_LEAST",
                "5%以上", "8", "钱宇", "区发改委", "wujiang-2024.txt:25");
        assertThat(ExportFiles.xlsx(download("targets.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))).hasSize(1 + targets);
    }

    @Test
    @SuppressWarnings("unchecked")
    void theNetworkAsGraphmlAndGexfHasTheNodesAndEdgesOfTheGraphQlNetwork() throws Exception {
        Map<String, Object> network = graphQl.documentName("network").execute().path("coordinationNetwork")
                .entity(Map.class).get();
        List<?> nodes = (List<?>) network.get("nodes");
        List<?> edges = (List<?>) network.get("edges");
        Document graphml = ExportFiles.xml(download("network.graphml", "application/graphml+xml"));
        Document gexf = ExportFiles.xml(download("network.gexf", "application/gexf+xml"));

        assertThat(graphml.getElementsByTagNameNS(GRAPHML, "node").getLength()).isEqualTo(nodes.size());
        assertThat(graphml.getElementsByTagNameNS(GRAPHML, "edge").getLength()).isEqualTo(edges.size());
        assertThat(gexf.getElementsByTagNameNS(GEXF, "node").getLength()).isEqualTo(nodes.size());
        assertThat(gexf.getElementsByTagNameNS(GEXF, "edge").getLength()).isEqualTo(edges.size());
        assertThat(sharedTaskCounts(gexf)).isEqualTo(((List<Map<String, Object>>) edges).stream()
                .map(edge -> ((Number) edge.get("sharedTaskCount")).intValue())
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting())));
        Element first = (Element) graphml.getElementsByTagNameNS(GRAPHML, "node").item(0);
        Map<String, Object> firstNode = (Map<String, Object>) nodes.get(0);
        assertThat(data(first)).containsEntry("name", (String) ((Map<?, ?>) firstNode.get("unit")).get("name"))
                .containsEntry("taskCount", String.valueOf(firstNode.get("taskCount")))
                .containsEntry("betweenness", String.valueOf(firstNode.get("betweenness")));
    }

    private static Map<Integer, Long> sharedTaskCounts(Document gexf) {
        NodeList edges = gexf.getElementsByTagNameNS(GEXF, "edge");
        return java.util.stream.IntStream.range(0, edges.getLength())
                .mapToObj(i -> Integer.valueOf(((Element) edges.item(i)).getAttribute("weight")))
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    }

    private static Map<String, String> data(Element node) {
        NodeList data = node.getElementsByTagNameNS(GRAPHML, "data");
        return java.util.stream.IntStream.range(0, data.getLength()).mapToObj(i -> (Element) data.item(i))
                .collect(Collectors.toMap(element -> element.getAttribute("key"), element -> element.getTextContent()));
    }

    @Test
    void anUnknownPlanOrFileIsNotFound() {
        web.get().uri("/export/nowhere-1999/assignments.csv").exchange().expectStatus().isNotFound();
        web.get().uri("/export/wujiang-2024/units.pdf").exchange().expectStatus().isNotFound()
                .expectBody(String.class).value(body -> assertThat(body).contains("assignments.xlsx"));
        web.get().uri("/export/wujiang-2024/network.csv").exchange().expectStatus().isNotFound();
    }
}
