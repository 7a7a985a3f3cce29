package io.dutygraph.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.dutygraph.audit.Audits;
import io.dutygraph.audit.Finding;
import io.dutygraph.plan.reading.TestPlans;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.tester.AutoConfigureHttpGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.context.annotation.Import;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/** The audit of the bundled plan through GraphQL: the graph's audit is the document's audit. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureHttpGraphQlTester
@AutoConfigureWebTestClient
@Import(StatementCounter.class)
class AuditApiTests {

    HttpGraphQlTester graphQl;

    @BeforeEach
    void allowForASlowMachine(@Autowired HttpGraphQlTester tester) {
        graphQl = PatientTester.of(tester);
    }

    @Test
    void theGraphsAuditListsTheFindingsOfTheDocumentsAudit() {
        List<Finding> expected = Audits.of(TestPlans.realPlan()).findings();
        graphQl.documentName("audit").execute()
                .path("audit.readTaskCount").entity(Integer.class).isEqualTo(118)
                .path("audit.declaredTaskCount").entity(Integer.class).isEqualTo(118)
                .path("audit.findings[*].code").entityList(String.class)
                .containsExactly(expected.stream().map(Finding::code).toArray(String[]::new))
                .path("audit.findings[*].location").entityList(String.class)
                .containsExactly(expected.stream().map(Finding::location).toArray(String[]::new));
    }

    @Test
    void aUnitsSpellingsListEachSpellingWithItsTasksAndCells() {
        List<Map<String, Object>> expected = Audits.of(TestPlans.realPlan()).findings().stream()
                .filter(finding -> finding.code().equals("UNIT_SEVERAL_SPELLINGS"))
                .map(finding -> Map.<String, Object>of("unit", finding.unit(), "location", finding.location(),
                        "spellings", finding.spellings().stream().map(spelling -> Map.of("asWritten", spelling.asWritten(),
                                "tasks", spelling.tasks(), "locations", spelling.locations())).toList()))
                .toList();
        assertThat(expected).hasSize(21);
        graphQl.documentName("auditSpellings").execute().path("audit.findings").entityList(Map.class)
                .isEqualTo(expected);
    }

    @Test
    void findingsAreFilteredBySeverityAndCode() {
        graphQl.documentName("audit").variable("code", "TASK_WITHOUT_LEADER").execute()
                .path("audit.findings").entityList(Map.class).hasSize(20)
                .path("audit.findings[0]").entity(Map.class).satisfies(finding -> assertThat(finding)
                        .containsEntry("task", 3).containsEntry("severity", "WARNING").containsEntry("origin", "AUDIT"));
        graphQl.documentName("audit").variable("severity", "ERROR").execute()
                .path("audit.findings").entityList(Object.class).hasSize(0);
    }
}
