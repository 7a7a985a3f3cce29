package io.dutygraph.graph.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dutygraph.graph.query.PlanQueries;
import io.dutygraph.plan.ParsedPlan;
import io.dutygraph.plan.PlanMetadata;
import io.dutygraph.plan.Section;
import io.dutygraph.plan.UnitAssignment;
import io.dutygraph.plan.reading.PlanParser;
import io.dutygraph.plan.reading.PlanText;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.io.ClassPathResource;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class PlanLoaderTests {

    @Autowired
    PlanLoader loader;

    @Autowired
    PlanParser parser;

    @Autowired
    Driver driver;

    @Autowired
    PlanQueries planQueries;

    ParsedPlan plan;

    @BeforeEach
    void loadRealPlan() throws IOException {
        plan = parser.parse(realPlanText());
        loader.load(plan);
    }

    @Test
    void countsInTheGraphEqualWhatTheParsedPlanSays() {
        LoadReport report = loader.load(plan);

        Set<String> assignedUnits = plan.tasks().stream().flatMap(task -> task.units().stream())
                .map(UnitAssignment::unit).collect(Collectors.toSet());
        Set<String> officials = plan.tasks().stream().flatMap(task -> task.leaders().stream()).collect(Collectors.toSet());
        assertThat(report.tasks()).isEqualTo(118);
        assertThat(report.assignments()).isEqualTo(plan.assignmentCount());
        assertThat(report.units()).isEqualTo(assignedUnits.size());
        assertThat(report.officials()).isEqualTo(officials.size()).isEqualTo(7);
        assertThat(report.oversights()).isEqualTo(plan.tasks().stream().mapToInt(t -> t.leaders().size()).sum());
        assertThat(single("MATCH (c:Chapter {planId: $planId}) RETURN count(c) AS n").get("n").asInt()).isEqualTo(10);
        assertThat(single("MATCH (s:Section {planId: $planId}) RETURN count(s) AS n").get("n").asInt())
                .isEqualTo(plan.sections().size());
        assertThat(single("MATCH (u:Unit) RETURN count(u) AS n").get("n").asInt()).isEqualTo(plan.units().size());
        assertThat(single("MATCH (t:Town) RETURN count(t) AS n").get("n").asInt()).isEqualTo(9);
    }

    @Test
    void task107HasFourParallelLeadUnitsAndFiveLeaders() {
        Record task = single("""
                MATCH (t:Task {planId: $planId, number: 107})
                RETURN [(u)-[r:LEADS]->(t) | u.name] AS leads,
                       [(o)-[r:OVERSEES]->(t) | o.name] AS leaders, t.leaderSource AS leaderSource, t.line AS line
                """);
        assertThat(task.get("leads").asList(Value::asString))
                .containsExactlyInAnyOrder("区住建局", "区水务局", "区应急管理局", "气象局");
        assertThat(task.get("leaders").asList(Value::asString))
                .containsExactlyInAnyOrder("王嵘", "钱宇", "沈伟江", "孙俊良", "方勇");
        assertThat(task.get("leaderSource").asString()).isEqualTo("OWN");
        assertThat(task.get("line").asInt()).isEqualTo(794);
    }

    @Test
    void differentSpellingsOfOneBureauAreOneNode() {
        Record bureau = single("""
                MATCH (u:Unit) WHERE u.name IN ['区工信局', '工信局']
                RETURN collect(u.name) AS names,
                       count { (u)-[:LEADS|SUPPORTS|PROVIDES_DATA_FOR]->(t:Task {planId: $planId}) } AS tasks,
                       [(u)-[r]->(:Task {planId: $planId}) | r.asWritten] AS spellings
                """);
        assertThat(bureau.get("names").asList(Value::asString)).containsExactly("区工信局");
        assertThat(bureau.get("tasks").asInt()).isEqualTo(25);
        assertThat(bureau.get("spellings").asList(Value::asString)).containsOnly("区工信局", "工信局");
    }

    @Test
    void collectiveReachesItsTownsThroughIncludes() {
        Record collective = single("""
                MATCH (c:Unit {name: '各区镇'})-[:INCLUDES]->(town:Town)
                RETURN collect(town.name) AS towns,
                       [(c)-[r:SUPPORTS]->(t:Task {planId: $planId}) | t.number] AS tasks
                """);
        assertThat(collective.get("towns").asList(Value::asString)).hasSize(9).contains("汾湖高新区", "桃源镇");
        assertThat(collective.get("tasks").asList(v -> v.asInt())).containsExactlyInAnyOrder(22, 26, 94, 95);
    }

    @Test
    void everyEdgeLeadsBackToItsSourceLine() {
        Record edge = single("""
                MATCH (u:Unit {name: '区统计局'})-[r:PROVIDES_DATA_FOR]->(t:Task {planId: $planId, number: 1})
                MATCH (o:Official)-[l:OVERSEES]->(t)
                RETURN r.asWritten AS asWritten, r.line AS unitsLine, l.line AS leaderLine, t.line AS taskLine
                """);
        assertThat(edge.get("asWritten").asString()).isEqualTo("统计局");
        assertThat(edge.get("taskLine").asInt()).isEqualTo(25);
        assertThat(edge.get("leaderLine").asInt()).isEqualTo(27);
        assertThat(edge.get("unitsLine").asInt()).isEqualTo(29);
        Record inherited = single("""
                MATCH (o:Official)-[l:OVERSEES]->(t:Task {planId: $planId, number: 24})
                RETURN o.name AS official, l.leaderSource AS source, l.line AS line
                """);
        assertThat(inherited.get("official").asString()).isEqualTo("钱宇");
        assertThat(inherited.get("source").asString()).isEqualTo("INHERITED");
        assertThat(inherited.get("line").asInt()).isEqualTo(154);
    }

    @Test
    void reloadingReplacesThePlanExactly() {
        List<Long> before = graphCounts();

        loader.load(plan);
        loader.load(plan);

        assertThat(graphCounts()).isEqualTo(before);
    }

    @Test
    void aSmallerVersionLeavesNoLeftovers() throws IOException {
        List<Long> full = graphCounts();
        ParsedPlan shorter = new ParsedPlan(plan.plan(), plan.chapters(), plan.sections(),
                plan.tasks().subList(0, 11), plan.units(), plan.diagnostics());

        loader.load(shorter);

        assertThat(single("MATCH (t:Task {planId: $planId}) RETURN count(t) AS n").get("n").asInt()).isEqualTo(11);
        assertThat(single("MATCH (o:Official) RETURN collect(o.name) AS names").get("names").asList(Value::asString))
                .containsExactlyInAnyOrder("钱宇", "方勇", "王嵘");
        loader.load(plan);
        assertThat(graphCounts()).isEqualTo(full);
    }

    @Test
    void aLoadFailingMidwayLeavesThePreviousGraphUntouched() {
        List<Long> before = graphCounts();
        // A section written twice passes every check before the load and breaks the graph's unique section key
        // midway, after the plan's chapters were written. (A repeated task number is refused before the load.)
        List<Section> duplicated = new ArrayList<>(plan.sections());
        duplicated.add(plan.sections().get(0));
        ParsedPlan broken = new ParsedPlan(plan.plan(), plan.chapters(), duplicated, plan.tasks(), plan.units(),
                plan.diagnostics());

        assertThatThrownBy(() -> loader.load(broken)).isInstanceOf(PlanLoadException.class)
                .hasMessageContaining("wujiang-2024").hasMessageContaining("nothing was changed");

        assertThat(graphCounts()).isEqualTo(before);
    }

    @Test
    void aPlanWithoutTasksIsRefusedAndTheGraphKeptAsItWas() {
        List<Long> before = graphCounts();
        ParsedPlan empty = new ParsedPlan(plan.plan(), plan.chapters(), plan.sections(), List.of(), List.of(),
                plan.diagnostics());

        assertThatThrownBy(() -> loader.load(empty)).isInstanceOf(PlanLoadException.class)
                .hasMessageContaining("wujiang-2024").hasMessageContaining("no task was read");

        assertThat(graphCounts()).isEqualTo(before);
    }

    @Test
    void plansOfOneDistrictShareUnitsAndOfficials() {
        PlanMetadata info = plan.plan();
        ParsedPlan nextYear = new ParsedPlan(new PlanMetadata("wujiang-2025", info.title(), info.issuer(), info.jurisdiction(), 2025, info.date(),
                info.approvedBy(), info.declaredTaskCount(), "wujiang-2025.txt", info.footnote()), plan.chapters(),
                plan.sections(), plan.tasks(), plan.units(), plan.diagnostics());
        long units = single("MATCH (u:Unit) RETURN count(u) AS n").get("n").asLong();
        try {
            List<LoadReport> reports = loader.loadAll(List.of(plan, nextYear));

            assertThat(reports).extracting(LoadReport::planId).containsExactly("wujiang-2024", "wujiang-2025");
            assertThat(reports).extracting(LoadReport::tasks).containsExactly(118, 118);
            assertThat(planQueries.resolve(null)).as("the most recently loaded plan").isEqualTo("wujiang-2025");
            assertThat(single("MATCH (u:Unit) RETURN count(u) AS n").get("n").asLong()).isEqualTo(units);
            assertThat(single("""
                    MATCH (u:Unit {name: '区发改委'})-[:LEADS]->(t:Task)
                    RETURN count(DISTINCT t.planId) AS plans
                    """).get("plans").asInt()).isEqualTo(2);
        } finally {
            driver.executableQuery("""
                    MATCH (n) WHERE n.planId = 'wujiang-2025' OR (n:Plan AND n.id = 'wujiang-2025')
                    DETACH DELETE n
                    """).execute();
        }
    }

    private List<Long> graphCounts() {
        Record counts = driver.executableQuery("""
                MATCH (n) WITH count(n) AS nodes
                MATCH ()-[r]->() RETURN nodes, count(r) AS relationships
                """).execute().records().get(0);
        return List.of(counts.get("nodes").asLong(), counts.get("relationships").asLong());
    }

    private Record single(String cypher) {
        return driver.executableQuery(cypher).withParameters(Map.of("planId", "wujiang-2024")).execute().records().get(0);
    }

    static PlanText realPlanText() throws IOException {
        byte[] bytes = new ClassPathResource("plans/wujiang-2024.txt").getContentAsByteArray();
        return PlanText.decode("wujiang-2024.txt", bytes);
    }
}
