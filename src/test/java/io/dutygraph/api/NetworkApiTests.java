package io.dutygraph.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.tester.AutoConfigureHttpGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.context.annotation.Import;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/**
 * The coordination network and paths over HTTP, on the bundled plan read in-process (same context as {@link ApiTests});
 * {@link NetworkApiOverBoltTests} runs them again reading over Bolt.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureHttpGraphQlTester
@AutoConfigureWebTestClient(timeout = "PT30S")
@Import(StatementCounter.class)
class NetworkApiTests {

    HttpGraphQlTester graphQl;

    @Autowired
    StatementCounter statements;

    @BeforeEach
    void allowForASlowMachine(@Autowired HttpGraphQlTester tester) {
        graphQl = PatientTester.of(tester);
    }

    @Test
    void aPathLinksTwoUnitsThroughSharedTasks() {
        graphQl.documentName("coordinationPath").variable("from", "气象局").variable("to", "团区委").execute()
                .path("coordinationPath[0].unit.name").entity(String.class).isEqualTo("气象局")
                .path("coordinationPath[-1].unit.name").entity(String.class).isEqualTo("团区委")
                .path("coordinationPath[-1].via").valueIsNull()
                .path("coordinationPath[0].via.number").entity(Integer.class).isEqualTo(107);
    }

    @Test
    void theNetworkOfAChapterHasNodesAndWeightedEdges() {
        graphQl.documentName("coordinationNetwork").variable("chapter", "七").execute()
                .path("coordinationNetwork.nodes").entityList(Object.class).hasSizeGreaterThan(5)
                .path("coordinationNetwork.edges[0].sharedTaskCount").entity(Integer.class)
                .satisfies(shared -> assertThat(shared).isGreaterThanOrEqualTo(2));
    }

    @Test
    void aNetworkIsComputedOncePerPlanVersionAndFilter() {
        String query = "{ coordinationNetwork(chapter: \"三\", minShared: 2) { nodes { unit { name } betweenness } } }";
        statements.reset();
        List<Object> first = graphQl.document(query).execute().path("coordinationNetwork.nodes").entityList(Object.class)
                .hasSizeGreaterThan(1).get();
        assertThat(statements.statementNames()).contains("ASSIGNMENTS_OF_PLAN");
        statements.reset();
        graphQl.document(query).execute().path("coordinationNetwork.nodes").entityList(Object.class).isEqualTo(first);
        // Again, only the plan's version is read: the assignments are not, and nothing is recomputed.
        assertThat(statements.statementNames()).doesNotContain("ASSIGNMENTS_OF_PLAN");
    }

    @Test
    void theNetworkMeasuresDegreeWeightedDegreeAndBetweenness() {
        // Chapter 七 with at least 3 shared tasks: 10 units, two edges 区工信局–生态环境局 (4) and 区水务局–生态环境局 (4).
        // 生态环境局 lies on the one shortest path between the other two: 1 of (n-1)(n-2) = 72 normalised pairs.
        graphQl.documentName("coordinationNetwork").variable("chapter", "七").variable("minShared", 3).execute()
                .path("coordinationNetwork.nodes").entityList(Object.class).hasSize(10)
                .path("coordinationNetwork.nodes[0].unit.name").entity(String.class).isEqualTo("生态环境局")
                .path("coordinationNetwork.nodes[0].degree").entity(Integer.class).isEqualTo(2)
                .path("coordinationNetwork.nodes[0].weightedDegree").entity(Integer.class).isEqualTo(8)
                .path("coordinationNetwork.nodes[0].betweenness").entity(Double.class)
                .satisfies(betweenness -> assertThat(betweenness).isCloseTo(1.0 / 72, within(1e-12)))
                .path("coordinationNetwork.nodes[1].unit.name").entity(String.class).isEqualTo("区工信局")
                .path("coordinationNetwork.nodes[1].degree").entity(Integer.class).isEqualTo(1)
                .path("coordinationNetwork.nodes[1].betweenness").entity(Double.class).isEqualTo(0.0)
                .path("coordinationNetwork.edges[*].sharedTaskCount").entityList(Integer.class).containsExactly(4, 4)
                .path("coordinationNetwork.edges[0].tasks[*].number").entityList(Integer.class)
                .containsExactly(72, 73, 76, 80)
                // The three linked units are one community (0, the largest); each of the 7 others is one of its own.
                .path("coordinationNetwork.nodes[0:3].community").entityList(Integer.class).containsExactly(0, 0, 0)
                .path("coordinationNetwork.nodes[3:].community").entityList(Integer.class)
                .satisfies(lone -> assertThat(lone).containsExactlyInAnyOrder(1, 2, 3, 4, 5, 6, 7));
    }

    @Test
    void aNetworkWithoutLinksHasItsUnitsEachInACommunityOfItsOwn() {
        // Chapter 一 has 11 tasks, so no two units share 50: its units, unlinked, each alone, numbered by name
        // (the order the nodes come in when every weighted degree is 0). This once failed inside JGraphT.
        List<String> units = graphQl.documentName("coordinationNetwork").variable("chapter", "一").execute()
                .path("coordinationNetwork.nodes[*].unit.name").entityList(String.class).hasSizeGreaterThan(5).get();
        graphQl.documentName("coordinationNetwork").variable("chapter", "一").variable("minShared", 50).execute()
                .path("coordinationNetwork.edges").entityList(Object.class).hasSize(0)
                .path("coordinationNetwork.nodes[*].unit.name").entityList(String.class)
                .satisfies(names -> assertThat(names).containsExactlyElementsOf(units.stream().sorted().toList()))
                .path("coordinationNetwork.nodes[*].degree").entityList(Integer.class)
                .satisfies(degrees -> assertThat(degrees).containsOnly(0))
                .path("coordinationNetwork.nodes[*].community").entityList(Integer.class)
                .satisfies(communities -> assertThat(communities)
                        .containsExactlyElementsOf(IntStream.range(0, units.size()).boxed().toList()));
    }

    @Test
    void theNetworkOfARoleWithoutSharedTasksIsAnswered() {
        // The role picker of the explorer offers 提供数据: no task names two data providers, so no unit is linked.
        graphQl.documentName("coordinationNetwork").variable("role", "DATA_PROVIDER").execute()
                .path("coordinationNetwork.nodes[*].unit.name").entityList(String.class).contains("区统计局")
                .path("coordinationNetwork.edges").entityList(Object.class).hasSize(0);
    }
}
