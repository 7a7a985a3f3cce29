package io.dutygraph.graph.load;

import static org.assertj.core.api.Assertions.assertThat;

import io.dutygraph.plan.reading.PlanParser;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A load into an empty store has its index statistics renewed at once: Neo4j renews its samples by itself only every
 * ten seconds, and on a freshly loaded store it planned against the empty store's samples meanwhile.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = "dutygraph.plan.load-bundled-if-empty=false")
class IndexStatisticsTests {

    /**
     * The load asks for the samples in the background: a plan's indexes are sampled in milliseconds, and this is
     * far shorter than the ten seconds Neo4j would otherwise wait.
     */
    private static final long WAIT_MILLIS = 1_000;

    @Autowired
    PlanLoader loader;

    @Autowired
    PlanParser parser;

    @Autowired
    Driver driver;

    @Test
    void theIndexOfTasksByPlanIsResampledRightAfterALoadIntoAnEmptyStore() throws Exception {
        assertThat(taskPlanIdIndex().get("totalSize").asLong()).isZero();

        loader.load(parser.parse(PlanLoaderTests.realPlanText()));

        Record statistics = taskPlanIdIndex();
        long deadline = System.currentTimeMillis() + WAIT_MILLIS;
        while (statistics.get("updatesSinceEstimation").asLong() > 0 && System.currentTimeMillis() < deadline) {
            Thread.sleep(20);
            statistics = taskPlanIdIndex();
        }
        assertThat(statistics.get("updatesSinceEstimation").asLong()).isZero();
        assertThat(statistics.get("totalSize").asLong()).isEqualTo(118);
        assertThat(statistics.get("estimatedUniqueSize").asLong()).isEqualTo(1);
    }

    private Record taskPlanIdIndex() {
        return driver.executableQuery("""
                CALL db.stats.retrieve('GRAPH COUNTS') YIELD data
                UNWIND data.indexes AS index
                WITH index WHERE index.labels = ['Task'] AND index.properties = ['planId']
                RETURN index.totalSize AS totalSize, index.updatesSinceEstimation AS updatesSinceEstimation,
                       index.estimatedUniqueSize AS estimatedUniqueSize
                """).withParameters(Map.of()).execute().records().get(0);
    }
}
