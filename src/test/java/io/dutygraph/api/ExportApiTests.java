package io.dutygraph.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.dutygraph.export.ExportFiles;
import io.dutygraph.plan.ParsedPlan;
import io.dutygraph.plan.ParsedTask;
import io.dutygraph.plan.reading.TestPlans;
import io.dutygraph.plan.targets.TargetReader;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
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
        graphQl = PatientTester.of(tester);
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
        assertThat(xlsx.subList(1, xlsx.size())).extracting(row -> List.of(row.get(5), row.get(6), row.get(7), row.get(8),
                row.get(10), row.get(11), row.get(12))).containsExactlyElementsOf(plan.tasks().stream()
                .flatMap(t -> t.units().stream().map(unit -> List.of(String.valueOf(t.number()), t.text(),
                        String.join("、", t.leaders()), t.leaderSource().name(), unit.unit(), unit.role().name(),
                        unit.asWritten()))).toList());
        assertThat(xlsx).contains(List.of("wujiang-2024", task.chapter(), chapterTitle,
                String.valueOf(task.sectionNumber()), task.section(), "56", task.text(), "王嵘、沈伟江、孙俊良、方勇", "OWN",
                "419", "区水务局", "LEAD", "水务局", "", "wujiang-2024.txt:417", "wujiang-2024.txt:424"));
    }

    @Test
    void theTargetsTableHasEveryTarget() throws Exception {
        List<List<String>> csv = ExportFiles.csv(download("targets.csv", "text/csv;charset=UTF-8"));
        int targets = plan.tasks().stream().mapToInt(task -> TargetReader.read(task.text()).size()).sum();

        assertThat(csv).hasSize(1 + targets);
        assertThat(csv.subList(1, csv.size())).extracting(row -> row.subList(3, 10)).containsExactlyElementsOf(
                plan.tasks().stream().flatMap(task -> TargetReader.read(task.text()).stream().map(t -> List.of(
                        String.valueOf(task.number()), t.metric(), String.valueOf(t.value().doubleValue()), t.unit(),
                        t.bound().name(), t.text(), String.valueOf(t.offset())))).toList());
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
        Map<String, List<String>> nodes = new HashMap<>();
        for (Map<String, Object> node : (List<Map<String, Object>>) network.get("nodes")) {
            Map<String, Object> unit = (Map<String, Object>) node.get("unit");
            nodes.put((String) unit.get("name"), Stream.of(unit.get("kind"), node.get("taskCount"), node.get("degree"),
                    node.get("betweenness"), node.get("community")).map(String::valueOf).toList());
        }
        Map<Set<String>, String> edges = new HashMap<>();
        for (Map<String, Object> edge : (List<Map<String, Object>>) network.get("edges")) {
            edges.put(Set.of((String) ((Map<String, Object>) edge.get("source")).get("name"),
                    (String) ((Map<String, Object>) edge.get("target")).get("name")),
                    String.valueOf(edge.get("sharedTaskCount")));
        }
        Document graphml = ExportFiles.xml(download("network.graphml", "application/graphml+xml"));
        Document gexf = ExportFiles.xml(download("network.gexf", "application/gexf+xml"));

        assertThat(nodes).hasSizeGreaterThan(50);
        assertThat(nodes.values()).extracting(values -> values.get(4)).contains("0", "1");
        Map<String, String> graphmlNames = names(graphml, GRAPHML, node -> data(node).get("name"));
        assertThat(nodeValues(graphml, GRAPHML, graphmlNames, ExportApiTests::data)).isEqualTo(nodes);
        assertThat(edgesOf(graphml, GRAPHML, graphmlNames, edge -> data(edge).get("sharedTaskCount"))).isEqualTo(edges);
        Map<String, String> gexfNames = names(gexf, GEXF, node -> node.getAttribute("label"));
        assertThat(nodeValues(gexf, GEXF, gexfNames, ExportApiTests::attributeValues)).isEqualTo(nodes);
        assertThat(edgesOf(gexf, GEXF, gexfNames, edge -> attributeValues(edge).get("sharedTaskCount"))).isEqualTo(edges);
        assertThat(edgesOf(gexf, GEXF, gexfNames, edge -> edge.getAttribute("weight"))).isEqualTo(edges);
    }

    /** Each node's unit name by its id in the file. */
    private static Map<String, String> names(Document document, String namespace, Function<Element, String> name) {
        return elements(document, namespace, "node").stream()
                .collect(Collectors.toMap(node -> node.getAttribute("id"), name));
    }

    /** Each unit's kind, taskCount, degree, betweenness and community as the file writes them. */
    private static Map<String, List<String>> nodeValues(Document document, String namespace, Map<String, String> names,
            Function<Element, Map<String, String>> values) {
        return elements(document, namespace, "node").stream().collect(Collectors.toMap(
                node -> names.get(node.getAttribute("id")), node -> Stream.of("kind", "taskCount", "degree",
                        "betweenness", "community").map(values.apply(node)::get).toList()));
    }

    private static List<Element> elements(Document document, String namespace, String name) {
        NodeList list = document.getElementsByTagNameNS(namespace, name);
        return IntStream.range(0, list.getLength()).mapToObj(i -> (Element) list.item(i)).toList();
    }

    /** Each edge as the names of its two ends, with the value the function reads from it. */
    private static Map<Set<String>, String> edgesOf(Document document, String namespace, Map<String, String> names,
            Function<Element, String> value) {
        return elements(document, namespace, "edge").stream().collect(Collectors.toMap(
                edge -> Set.of(names.get(edge.getAttribute("source")), names.get(edge.getAttribute("target"))), value));
    }

    private static Map<String, String> data(Element element) {
        NodeList data = element.getElementsByTagNameNS(GRAPHML, "data");
        return IntStream.range(0, data.getLength()).mapToObj(i -> (Element) data.item(i))
                .collect(Collectors.toMap(e -> e.getAttribute("key"), Element::getTextContent));
    }

    private static Map<String, String> attributeValues(Element element) {
        NodeList values = element.getElementsByTagNameNS(GEXF, "attvalue");
        return IntStream.range(0, values.getLength()).mapToObj(i -> (Element) values.item(i))
                .collect(Collectors.toMap(e -> e.getAttribute("for"), e -> e.getAttribute("value")));
    }

    @Test
    void anUnknownPlanOrFileIsNotFound() {
        web.get().uri("/export/nowhere-1999/assignments.csv").exchange().expectStatus().isNotFound();
        web.get().uri("/export/wujiang-2024/units.pdf").exchange().expectStatus().isNotFound()
                .expectBody(String.class).value(body -> assertThat(body).contains("assignments.xlsx"));
        web.get().uri("/export/wujiang-2024/network.csv").exchange().expectStatus().isNotFound();
    }
}
