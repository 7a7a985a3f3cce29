package io.dutygraph.graph.load;

import static org.assertj.core.api.Assertions.assertThat;

import io.dutygraph.plan.ParsedPlan;
import io.dutygraph.plan.PlanRevision;
import io.dutygraph.plan.reading.PlanParser;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.types.Entity;
import org.neo4j.driver.types.Node;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A reload writes only what changed ({@link PlanChanges}), and leaves exactly the graph a fresh load of the new
 * version gives: compared node by node and relationship by relationship, all properties included.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class PlanReloadTests {

    @Autowired
    PlanLoader loader;

    @Autowired
    PlanParser parser;

    @Autowired
    Driver driver;

    ParsedPlan plan;
    ParsedPlan revised;

    @BeforeEach
    void plans() throws IOException {
        plan = parser.parse(PlanLoaderTests.realPlanText());
        revised = PlanRevision.of(plan)
                .reword(3, "(修订)").leaders(10, List.of("钱宇")).dropLastUnit(20).remove(118).move(30, 45)
                .addLike(5, 119).retitleChapter(2, "修订后的第二章").build();
    }

    @AfterEach
    void restoreTheBundledPlan() {
        loader.load(plan);
    }

    @Test
    void aRevisedPlanLoadedOverTheOriginalIsTheRevisionLoadedFresh() {
        List<String> fresh = graphOfFreshLoad(revised);
        graphOfFreshLoad(plan);

        loader.load(revised);

        assertThat(graph()).isEqualTo(fresh);
    }

    @Test
    void theOriginalLoadedOverTheRevisionIsTheOriginalLoadedFresh() {
        List<String> fresh = graphOfFreshLoad(plan);
        loader.load(revised);

        loader.load(plan);

        assertThat(graph()).isEqualTo(fresh);
    }

    @Test
    void aGraphWrittenWithoutDigestsIsReplacedWhole() {
        List<String> fresh = graphOfFreshLoad(revised);
        graphOfFreshLoad(plan);
        driver.executableQuery("MATCH (d:PlanDigest) DELETE d").execute();

        loader.load(revised);

        assertThat(graph()).isEqualTo(fresh);
    }

    @Test
    void whatDidNotChangeIsKeptAndWhatChangedIsRewritten() {
        loader.load(plan);
        Map<String, String> before = taskNodes();

        loader.load(revised);

        Map<String, String> after = taskNodes();
        assertThat(after.get("wujiang-2024/50")).as("an unchanged task keeps its node").isEqualTo(before.get("wujiang-2024/50"));
        assertThat(after.get("wujiang-2024/3")).as("a reworded task is rewritten in place").isEqualTo(before.get("wujiang-2024/3"));
        assertThat(after).doesNotContainKey("wujiang-2024/118").containsKey("wujiang-2024/119");
    }

    @Test
    void reloadingTheSamePlanChangesNoNode() {
        loader.load(plan);
        Map<String, String> before = taskNodes();

        loader.load(plan);

        assertThat(taskNodes()).isEqualTo(before);
    }

    private Map<String, String> taskNodes() {
        return driver.executableQuery("MATCH (t:Task {planId: 'wujiang-2024'}) RETURN t.key AS key, elementId(t) AS id")
                .execute().records().stream()
                .collect(java.util.stream.Collectors.toMap(r -> r.get("key").asString(), r -> r.get("id").asString()));
    }

    /** The graph holding only {@code version}, loaded into an empty database. */
    private List<String> graphOfFreshLoad(ParsedPlan version) {
        driver.executableQuery("MATCH (n) WHERE NOT n:Migration DETACH DELETE n").execute();
        loader.load(version);
        return graph();
    }

    /** Every node and relationship with all its properties but the load time, one sorted line each. */
    private List<String> graph() {
        List<String> lines = new ArrayList<>();
        driver.executableQuery("MATCH (n) WHERE NOT n:Migration RETURN n").execute().records()
                .forEach(r -> lines.add(describe(r.get("n").asNode())));
        driver.executableQuery("MATCH (a)-[r]->(b) RETURN a, r, b").execute().records().forEach(r -> lines.add(
                describe(r.get("a").asNode()) + " -[" + r.get("r").asRelationship().type() + " "
                        + properties(r.get("r").asRelationship()) + "]-> " + describe(r.get("b").asNode())));
        return lines.stream().sorted().toList();
    }

    private static String describe(Node node) {
        TreeSet<String> labels = new TreeSet<>();
        node.labels().forEach(labels::add);
        return labels + " " + properties(node);
    }

    private static String properties(Entity entity) {
        Map<String, Object> properties = new TreeMap<>(entity.asMap());
        properties.remove("loadedAt");
        return properties.toString();
    }
}
