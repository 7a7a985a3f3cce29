package io.dutygraph.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.dutygraph.ingest.PlanIngest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.graphql.ExecutionGraphQlService;
import org.springframework.graphql.support.DefaultExecutionGraphQlRequest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Plans of several jurisdictions side by side: the bundled 吴江 plan, a 2023 吴江 plan, and copies issued by
 * 咸宁市咸安区 and 广东省 (咸安's and 广东's name 气象局 市气象台, which 吴江 does not know; 咸安's names 吴江海关
 * 咸宁海关). 吴江's 2024 plan is loaded last: the default jurisdiction is 苏州市吴江区.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JurisdictionTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String WUJIANG = "苏州市吴江区";
    private static final String XIANAN = "咸宁市咸安区";

    @Autowired
    ExecutionGraphQlService graphQl;

    @Autowired
    Driver driver;

    @BeforeAll
    void loadFourPlans(@Autowired PlanIngest ingest) throws IOException {
        String plan = new ClassPathResource("plans/wujiang-2024.txt").getContentAsString(StandardCharsets.UTF_8);
        ingest.ingest(document("xianan-2024.txt", plan.replace("苏州市吴江区人民政府", "咸宁市咸安区人民政府")
                .replace("气象局", "市气象台").replace("吴江海关", "咸宁海关")));
        ingest.ingest(document("guangdong-2024.txt", plan.replace("苏州市吴江区人民政府", "广东省人民政府")
                .replace("气象局", "市气象台")));
        ingest.ingest(document("wujiang-2023.txt", plan.replace("区政府2024年重点工作", "区政府2023年重点工作")));
        ingest.ingest(document("wujiang-2024.txt", plan));
    }

    @Test
    void unitsAndOfficialsAreUniqueWithinAJurisdictionAndSharedByItsYears() {
        assertThat(cypher("MATCH (u:Unit {name: '区发改委'}) RETURN u.jurisdiction AS j ORDER BY j"))
                .containsExactly("咸宁市咸安区", "广东省", WUJIANG);
        assertThat(cypher("MATCH (o:Official {name: '钱宇'}) RETURN o.jurisdiction AS j ORDER BY j"))
                .containsExactly("咸宁市咸安区", "广东省", WUJIANG);
        assertThat(cypher("""
                MATCH (u:Unit {name: '区发改委', jurisdiction: '苏州市吴江区'})-[:LEADS]->(t:Task)
                RETURN DISTINCT t.planId AS j ORDER BY j
                """)).containsExactly("wujiang-2023", "wujiang-2024");
        assertThat(query("{ plans(jurisdiction: \"苏州市吴江区\") { id year jurisdiction } }").at("/data/plans").toString())
                .isEqualTo("[{\"id\":\"wujiang-2024\",\"year\":2024,\"jurisdiction\":\"苏州市吴江区\"},"
                        + "{\"id\":\"wujiang-2023\",\"year\":2023,\"jurisdiction\":\"苏州市吴江区\"}]");
        assertThat(query("{ jurisdictions { name years } }").at("/data/jurisdictions").toString())
                .isEqualTo("[{\"name\":\"苏州市吴江区\",\"years\":[2024,2023]},{\"name\":\"广东省\",\"years\":[2024]},"
                        + "{\"name\":\"咸宁市咸安区\",\"years\":[2024]}]");
    }

    @Test
    void aNameIsAnsweredInTheDefaultJurisdictionUnlessAnotherIsGiven() {
        assertThat(text("{ unit(name: \"发改委\") { jurisdiction } }", "/data/unit/jurisdiction")).isEqualTo(WUJIANG);
        assertThat(text("{ unit(name: \"区发改委\", jurisdiction: \"咸宁市咸安区\") { jurisdiction taskCount } }",
                "/data/unit/jurisdiction")).isEqualTo(XIANAN);
        JsonNode official = query("{ official(name: \"钱 宇\", jurisdiction: \"咸宁市咸安区\") { name jurisdiction taskCount } }");
        assertThat(official.at("/data/official").toString())
                .isEqualTo("{\"name\":\"钱宇\",\"jurisdiction\":\"咸宁市咸安区\",\"taskCount\":40}");
        assertThat(query("{ coOwnedTasks(units: [\"汾湖高新区\", \"区发改委\"], jurisdiction: \"咸宁市咸安区\") { nodes { plan { id } } } }")
                .at("/data/coOwnedTasks/nodes/0/plan/id").asString()).isEqualTo("xianan-2024");
    }

    @Test
    void aNameKnownOnlyElsewhereIsAnsweredThereOrIsAmbiguous() {
        assertThat(text("{ unit(name: \"咸宁海关\") { jurisdiction } }", "/data/unit/jurisdiction")).isEqualTo(XIANAN);
        JsonNode ambiguous = query("{ unit(name: \"市气象台\") { name } }");
        assertThat(ambiguous.at("/errors/0/extensions/classification").asString()).isEqualTo("BAD_REQUEST");
        assertThat(ambiguous.at("/errors/0/extensions/jurisdictions").toString()).isEqualTo("[\"咸宁市咸安区\",\"广东省\"]");
        assertThat(ambiguous.at("/errors/0/message").asString()).contains("咸宁市咸安区", "广东省");
        assertThat(text("{ unit(name: \"市气象台\", jurisdiction: \"广东省\") { jurisdiction } }", "/data/unit/jurisdiction"))
                .isEqualTo("广东省");
        JsonNode unknown = query("{ units(jurisdiction: \"火星\") { totalCount } }");
        assertThat(unknown.at("/errors/0/extensions/classification").asString()).isEqualTo("NOT_FOUND");
    }

    @Test
    void theDefaultJurisdictionKeepsTheSingleDistrictAnswers() {
        assertThat(query("{ coOwnedTasks(units: [\"汾湖高新区\", \"区发改委\"]) { nodes { number plan { id } } } }")
                .at("/data/coOwnedTasks").toString()).contains("\"number\":15", "wujiang-2024").doesNotContain("xianan");
        assertThat(query("{ units(first: 1) { totalCount } }").at("/data/units/totalCount").asInt()).isEqualTo(
                Integer.parseInt(cypher("MATCH (u:Unit {jurisdiction: '苏州市吴江区'}) RETURN toString(count(u)) AS j").get(0)));
        assertThat(query("{ coordinationPath(from: \"气象局\", to: \"团区委\") { unit { name jurisdiction } } }")
                .at("/data/coordinationPath/0/unit/jurisdiction").asString()).isEqualTo(WUJIANG);
        assertThat(query("{ coordinationNetwork(jurisdiction: \"广东省\", chapter: \"七\") { nodes { unit { jurisdiction } } } }")
                .at("/data/coordinationNetwork/nodes/0/unit/jurisdiction").asString()).isEqualTo("广东省");
    }

    private static ByteArrayResource document(String fileName, String text) {
        return new ByteArrayResource(text.getBytes(StandardCharsets.UTF_8)) {
            @Override
            public String getFilename() {
                return fileName;
            }
        };
    }

    @Test
    void cursorsAndIdsKeepTheirPlaceWhenThePlanIsReloaded(@Autowired PlanIngest ingest) {
        String page = "{ tasks(first: 3, plan: \"wujiang-2024\") { pageInfo { endCursor } } "
                + "task(number: 56, plan: \"wujiang-2024\") { id } }";
        String cursor = text(page, "/data/tasks/pageInfo/endCursor");
        String id = text(page, "/data/task/id");

        ingest.ingest(new ClassPathResource("plans/wujiang-2024.txt"));

        assertThat(query("{ tasks(first: 2, after: \"" + cursor + "\", plan: \"wujiang-2024\") { nodes { number } } }")
                .at("/data/tasks/nodes").toString()).isEqualTo("[{\"number\":4},{\"number\":5}]");
        assertThat(text("{ node(id: \"" + id + "\") { ... on Task { number plan { id } } } }", "/data/node/plan/id"))
                .isEqualTo("wujiang-2024");
        assertThat(text(page, "/data/task/id")).isEqualTo(id);
    }

    private JsonNode query(String document) {
        Map<String, Object> answer = graphQl.execute(new DefaultExecutionGraphQlRequest(document, null, null, null,
                "test", null)).block().toMap();
        return JSON.valueToTree(answer);
    }

    private String text(String document, String pointer) {
        JsonNode answer = query(document);
        assertThat(answer.has("errors")).as(answer.toString()).isFalse();
        return answer.at(pointer).asString();
    }

    private List<String> cypher(String statement) {
        return driver.executableQuery(statement).execute().records().stream().map(r -> r.get("j").asString()).toList();
    }
}
