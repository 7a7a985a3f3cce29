package io.dutygraph.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.dutygraph.export.ExportFiles;
import io.dutygraph.ingest.PlanIngest;
import io.dutygraph.plan.reading.TestPlans;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.HttpHeaders;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Downloads of a plan whose content an export cannot hold as it is (a task text longer than an Excel cell) or cannot
 * read (a damaged graph): the XLSX cuts the text with a marker, and a failed export is a 503 naming the file and the
 * reason, never the file's headers over Spring's 500.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
@DirtiesContext
class ExportFailureApiTests {

    private static final String TEXT = "地区生产总值增长5%以上。" + "说明".repeat(20_000);

    @Autowired
    PlanIngest ingest;

    @Autowired
    Driver driver;

    WebTestClient web;

    @BeforeEach
    void loadThePlanWithAHugeTaskText(@Autowired WebTestClient client) {
        web = client.mutate().responseTimeout(Duration.ofSeconds(60)).build();
        List<String> lines = new ArrayList<>(TestPlans.realPlanLines());
        assertThat(lines.get(24)).isEqualTo("1.地区生产总值增长5%以上。");
        lines.set(24, "1." + TEXT);
        ingest.load(TestPlans.parse(TestPlans.REAL_PLAN, String.join("\n", lines) + "\n"));
    }

    @Test
    void aTaskTextLongerThanAnExcelCellIsCutWithAMarker() throws Exception {
        byte[] xlsx = web.get().uri("/export/wujiang-2024/assignments.xlsx").exchange()
                .expectStatus().isOk().expectBody(byte[].class).returnResult().getResponseBody();

        assertThat(ExportFiles.xlsx(xlsx).get(1).get(6)).hasSize(32_767).startsWith(TEXT.substring(0, 30_000))
                .endsWith("…[truncated: 40,013 characters in all, more than the 32,767 an Excel cell holds; "
                        + "the .csv export has the whole text]");
    }

    @Test
    void anExportThatCannotReadTheGraphIsA503NamingTheFileAndTheReason() {
        driver.executableQuery("MATCH (t:Task {planId: $plan, number: 1}) SET t.text = 42")
                .withParameters(Map.of("plan", "wujiang-2024")).execute();

        web.get().uri("/export/wujiang-2024/assignments.xlsx").exchange()
                .expectStatus().isEqualTo(503)
                .expectHeader().contentType("text/plain;charset=UTF-8")
                .expectHeader().doesNotExist(HttpHeaders.CONTENT_DISPOSITION)
                .expectBody(String.class).isEqualTo("The export wujiang-2024-assignments.xlsx failed while reading the "
                        + "graph: Expected a String in a result row, found Long");
    }
}
