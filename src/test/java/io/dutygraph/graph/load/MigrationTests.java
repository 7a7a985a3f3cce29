package io.dutygraph.graph.load;

import static org.assertj.core.api.Assertions.assertThat;

import io.dutygraph.DutyGraphApplication;
import io.dutygraph.plan.ParsedPlan;
import io.dutygraph.plan.reading.PlanParser;
import io.dutygraph.plan.reading.PlanText;
import io.dutygraph.plan.units.UnitDirectory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.ClassPathResource;
import org.springframework.graphql.ExecutionGraphQlService;
import org.springframework.graphql.support.DefaultExecutionGraphQlRequest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A database written by the release before jurisdictions (two districts' plans, units shared by name) upgrades
 * in place on the first start: nothing lost, units and officials split per jurisdiction, the README's answers
 * unchanged.
 */
class MigrationTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern EXAMPLE = Pattern.compile("```graphql\\n(.+?)\\n```\\n```json\\n(.+?)\\n```", Pattern.DOTALL);

    @TempDir
    Path dataDirectory;

    @Test
    void aDatabaseOfTheLastReleaseUpgradesInPlaceOnFirstStart() throws IOException {
        byte[] bytes = new ClassPathResource("plans/wujiang-2024.txt").getContentAsByteArray();
        String xianan = new String(bytes, StandardCharsets.UTF_8).replace("苏州市吴江区人民政府", "咸宁市咸安区人民政府");
        PlanParser legacyParser = new PlanParser(UnitDirectory.bundled());
        ParsedPlan wujiang = legacyParser.parse(PlanText.decode("wujiang-2024.txt", bytes));
        ParsedPlan other = legacyParser.parse(PlanText.decode("xianan-2024.txt", xianan.getBytes(StandardCharsets.UTF_8)));
        // Loaded in one batch, wujiang-2024 last: the most recent plan, as in the README.
        LegacyGraph.write(dataDirectory, List.of(other, wujiang));

        try (ConfigurableApplicationContext app = start()) {
            Driver driver = app.getBean(Driver.class);
            assertThat(one(driver, "MATCH (m:Migration) RETURN collect(m.version) AS v").get("v").asList())
                    .containsExactly(1L);
            assertThat(one(driver, """
                    MATCH (p:Plan)-[:OF_JURISDICTION]->(j:Jurisdiction)
                    RETURN collect(p.id + ' ' + j.name + ' ' + p.year) AS plans
                    """).get("plans").asList()).containsExactlyInAnyOrder(
                    "wujiang-2024 苏州市吴江区 2024", "xianan-2024 咸宁市咸安区 2024");
            assertThat(one(driver, """
                    MATCH (u:Unit)-[r:LEADS|SUPPORTS|PROVIDES_DATA_FOR]->(t:Task)
                    MATCH (p:Plan {id: t.planId})
                    RETURN count(r) AS edges, count(CASE WHEN u.jurisdiction <> p.jurisdiction THEN 1 END) AS crossing
                    """).asMap()).isEqualTo(Map.of("edges", 630L, "crossing", 0L));
            assertThat(one(driver, """
                    MATCH (o:Official)-[r:OVERSEES]->(t:Task)
                    MATCH (p:Plan {id: t.planId})
                    RETURN count(r) AS edges, count(CASE WHEN o.jurisdiction <> p.jurisdiction THEN 1 END) AS crossing
                    """).asMap()).isEqualTo(Map.of("edges", 2L * wujiang.tasks().stream()
                    .mapToLong(task -> task.leaders().size()).sum(), "crossing", 0L));
            assertThat(one(driver, """
                    MATCH (u:Unit) WITH u.jurisdiction AS j, count(*) AS units, count(u.key) AS keyed
                    RETURN collect([j, units, keyed]) AS perJurisdiction
                    """).get("perJurisdiction").asList()).containsExactlyInAnyOrder(
                    List.of("苏州市吴江区", (long) wujiang.units().size(), (long) wujiang.units().size()),
                    List.of("咸宁市咸安区", (long) wujiang.units().size(), (long) wujiang.units().size()));
            assertThat(one(driver, """
                    MATCH (a:Unit)-[:INCLUDES]->(b:Unit)
                    RETURN count(*) AS includes, count(CASE WHEN a.jurisdiction <> b.jurisdiction THEN 1 END) AS crossing
                    """).asMap()).isEqualTo(Map.of("includes", 18L, "crossing", 0L));
            assertTheReadmeAnswersTheSame(app.getBean(ExecutionGraphQlService.class));
        }
    }

    @Test
    void aNewDatabaseIsRecordedAtTheLatestMigrationWithoutRunningIt() {
        try (ConfigurableApplicationContext app = start()) {
            Driver driver = app.getBean(Driver.class);
            assertThat(one(driver, "MATCH (m:Migration) RETURN collect(m.version) AS v").get("v").asList())
                    .containsExactly(1L);
            assertThat(one(driver, "MATCH (n) WHERE NOT n:Migration RETURN count(n) AS other").get("other").asLong())
                    .isZero();
        }
    }

    @Test
    void aDatabaseWithTheLastReleasesSchemaButNoDataIsStillMigrated() {
        LegacyGraph.write(dataDirectory, List.of());
        try (ConfigurableApplicationContext app = start()) {
            Driver driver = app.getBean(Driver.class);
            assertThat(one(driver, "MATCH (m:Migration) RETURN collect(m.version) AS v").get("v").asList())
                    .containsExactly(1L);
            // V1 drops the old uniqueness of unit names, which the new schema's name index cannot sit beside.
            assertThat(one(driver, "SHOW CONSTRAINTS YIELD name RETURN collect(name) AS names").get("names").asList())
                    .doesNotContain("unit_name", "official_name");
        }
    }

    private void assertTheReadmeAnswersTheSame(ExecutionGraphQlService graphQl) throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        String questions = readme.substring(readme.indexOf("## Asking questions"), readme.indexOf("### Limits"));
        Matcher example = EXAMPLE.matcher(questions);
        List<String> checked = new ArrayList<>();
        while (example.find()) {
            Map<String, Object> answer = graphQl.execute(new DefaultExecutionGraphQlRequest(example.group(1), null,
                    null, null, "readme-" + checked.size(), null)).block().toMap();
            JsonNode expected = JSON.readTree(example.group(2));
            assertThat((JsonNode) JSON.valueToTree(answer)).as(example.group(1)).isEqualTo(expected);
            checked.add(example.group(1));
        }
        assertThat(checked).hasSizeGreaterThanOrEqualTo(10);
    }

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(DutyGraphApplication.class).web(WebApplicationType.NONE)
                .run("--dutygraph.neo4j.embedded.data-directory=" + dataDirectory,
                        "--dutygraph.neo4j.embedded.bolt-port=0", "--dutygraph.plan.load-bundled-if-empty=false");
    }

    private static Record one(Driver driver, String cypher) {
        return driver.executableQuery(cypher).execute().records().get(0);
    }
}
