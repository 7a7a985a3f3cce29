package io.dutygraph.api;

import static org.assertj.core.api.Assertions.assertThat;

import graphql.introspection.IntrospectionQuery;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.tester.AutoConfigureHttpGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.context.annotation.Import;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/**
 * The GraphQL API over HTTP, on the embedded graph loaded from the bundled plan wujiang-2024, read in-process;
 * {@link ApiOverBoltTests} runs every test again reading over Bolt, as against an external server.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureHttpGraphQlTester
@AutoConfigureWebTestClient(timeout = "PT30S")
@Import(StatementCounter.class)
class ApiTests {

    HttpGraphQlTester graphQl;

    @Autowired
    StatementCounter statements;

    @BeforeEach
    void allowForASlowMachine(@Autowired HttpGraphQlTester tester) {
        graphQl = PatientTester.of(tester);
    }

    /** The bean that should serve the query layer's reads in this mode. */
    String expectedReader() {
        return "inProcessGraphReader";
    }

    @Test
    void readsGoThroughTheExpectedReader() {
        statements.reset();
        graphQl.documentName("task").variable("number", 56).execute().path("task.number").entity(Integer.class)
                .isEqualTo(56);
        assertThat(statements.readers()).containsExactly(expectedReader());
    }

    @Test
    void aTaskSaysWhereItIsWritten() {
        graphQl.document("{ task(number: 56) { line location assignments { line location } } }").execute()
                .path("task.line").entity(Integer.class).isEqualTo(417)
                .path("task.location").entity(String.class).isEqualTo("wujiang-2024.txt:417")
                .path("task.assignments[0].line").entity(Integer.class).isEqualTo(424)
                .path("task.assignments[0].location").entity(String.class).isEqualTo("wujiang-2024.txt:424");
        graphQl.document("{ diagnostics { code line location } }").execute()
                .path("diagnostics[?(@.code == 'CHAPTER_TITLE_MISSING')].location").entityList(String.class)
                .containsExactly("wujiang-2024.txt:95");
    }

    @Test
    void coOwnedTasksAreTheTasksOnWhichEveryNamedUnitHoldsAnAssignment() {
        graphQl.documentName("coOwnedTasks").variable("units", List.of("汾湖高新区", "区发改委")).execute()
                .path("coOwnedTasks.nodes[*].number").entityList(Integer.class).containsExactly(15, 19, 23, 106);
    }

    @Test
    void coOwnedTasksCountACollectiveForItsMembers() {
        graphQl.documentName("coOwnedTasks").variable("units", List.of("七都镇", "区商务局")).execute()
                .path("coOwnedTasks.nodes[*].number").entityList(Integer.class).contains(26, 94);
        graphQl.documentName("coOwnedTasks").variable("units", List.of("七都镇", "区商务局"))
                .variable("expandCollectives", false).execute()
                .path("coOwnedTasks.nodes[*].number").entityList(Integer.class).doesNotContain(26, 94);
    }

    @Test
    void coOwnedTasksWithARoleCountOnlyAssignmentsOfThatRole() {
        graphQl.documentName("coOwnedTasks").variable("units", List.of("区发改委", "区住建局")).variable("role", "LEAD")
                .execute().path("coOwnedTasks.nodes[*].number").entityList(Integer.class).containsExactly(14);
    }

    @Test
    void aUnitIsFoundByItsSpellingInTheDocumentWithCapacity() {
        graphQl.documentName("unit").variable("name", "区委组织部（人才办）").execute()
                .path("unit.name").entity(String.class).isEqualTo("区委组织部");
    }

    @Test
    void aCollectivesOwnMembersAreNotItsPartners() {
        graphQl.documentName("partners").variable("name", "各区镇").variable("first", 50).execute()
                .path("unit.partners.edges[*].node.name").entityList(String.class)
                .contains("区商务局", "区住建局").doesNotContain("七都镇", "汾湖高新区", "桃源镇");
    }

    @Test
    void searchTreatsOperatorWordsAsText() {
        graphQl.documentName("search").variable("text", "AND 太湖 OR").execute()
                .path("search.nodes[*].number").entityList(Integer.class).contains(72);
    }

    @Test
    void graphiqlsIntrospectionQueryIsNotHeldToTheDataLimits() {
        graphQl.document(IntrospectionQuery.INTROSPECTION_QUERY).execute()
                .path("__schema.queryType.name").entity(String.class).isEqualTo("Query");
    }

    @Test
    void plansAndDiagnosticsDescribeTheBundledPlan() {
        graphQl.documentName("plans").execute()
                .path("plans[0].id").entity(String.class).isEqualTo("wujiang-2024")
                .path("plans[0].declaredTaskCount").entity(Integer.class).isEqualTo(118)
                .path("plans[0].taskCount").entity(Integer.class).isEqualTo(118)
                .path("plans[0].chapters[1].title").valueIsNull()
                .path("diagnostics[*].code").entityList(String.class)
                .contains("CHAPTER_TITLE_MISSING", "SECTION_NUMBER_MISSING");
    }

    @Test
    void aUnitIsFoundByAlias() {
        graphQl.documentName("unit").variable("name", "发改委").execute()
                .path("unit.name").entity(String.class).isEqualTo("区发改委")
                .path("unit.aliases").entityList(String.class).contains("发改委")
                .path("unit.isTown").entity(Boolean.class).isEqualTo(false);
    }

    @Test
    void task107HasFiveLeadersAndFourParallelLeadUnits() {
        graphQl.documentName("task").variable("number", 107).execute()
                .path("task.leaderSource").entity(String.class).isEqualTo("OWN")
                .path("task.leaders[*].name").entityList(String.class)
                .containsExactly("王嵘", "钱宇", "沈伟江", "孙俊良", "方勇")
                .path("task.leadUnits[*].name").entityList(String.class)
                .containsExactly("区住建局", "区水务局", "区应急管理局", "气象局")
                .path("task.supportUnits").entityList(Object.class).hasSize(0);
    }

    @Test
    void task3ExplicitlyHasNoLeader() {
        graphQl.documentName("task").variable("number", 3).execute()
                .path("task.leaderSource").entity(String.class).isEqualTo("NONE")
                .path("task.leaders").entityList(Object.class).hasSize(0)
                .path("task.leadUnits[*].name").entityList(String.class).containsExactly("区工信局")
                .path("task.assignments[1].role").entity(String.class).isEqualTo("DATA_PROVIDER")
                .path("task.assignments[1].asWritten").entity(String.class).isEqualTo("统计局")
                .path("task.assignments[1].unit.name").entity(String.class).isEqualTo("区统计局");
    }

    @Test
    void partnersAreRankedBySharedTasks() {
        graphQl.documentName("partners").variable("name", "工信局").variable("first", 3).execute()
                .path("unit.partners.edges").entityList(Object.class).hasSize(3)
                .path("unit.partners.edges[0].node.name").entity(String.class).isEqualTo("区发改委")
                .path("unit.partners.edges[0].sharedTaskCount").entity(Integer.class).isEqualTo(10);
    }

    @Test
    void chineseFullTextSearchFindsTasks() {
        graphQl.documentName("search").variable("text", "低空").execute()
                .path("search.nodes[*].number").entityList(Integer.class)
                .satisfies(numbers -> assertThat(numbers).containsExactlyInAnyOrder(30, 44));
        graphQl.documentName("search").variable("text", "算力").execute()
                .path("search.nodes[*].number").entityList(Integer.class).containsExactly(45);
        graphQl.documentName("search").variable("text", "太湖").variable("first", 50).execute()
                .path("search.nodes[*].number").entityList(Integer.class)
                .satisfies(numbers -> assertThat(numbers).containsExactlyInAnyOrder(28, 29, 66, 67, 68, 72, 83));
    }

    @Test
    void tasksArePagedWithCursorsAndATotalCount() {
        String endCursor = graphQl.documentName("tasks").variable("first", 50).execute()
                .path("tasks.totalCount").entity(Integer.class).isEqualTo(118)
                .path("tasks.edges[*].node.number").entityList(Integer.class).hasSize(50)
                .path("tasks.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(true)
                .path("tasks.pageInfo.endCursor").entity(String.class).get();
        graphQl.documentName("tasks").variable("first", 100).variable("after", endCursor).execute()
                .path("tasks.edges[0].node.number").entity(Integer.class).isEqualTo(51)
                .path("tasks.edges").entityList(Object.class).hasSize(68)
                .path("tasks.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(false)
                .path("tasks.pageInfo.hasPreviousPage").entity(Boolean.class).isEqualTo(true);
    }

    @Test
    void tasksAreFilteredByLeaderSourceOfficialAndParallelLeads() {
        graphQl.documentName("tasks").variable("where", Map.of("leaderSource", "NONE")).variable("first", 100).execute()
                .path("tasks.totalCount").entity(Integer.class).isEqualTo(20)
                .path("tasks.edges[*].node.number").entityList(Integer.class)
                .containsExactly(3, 5, 7, 9, 18, 32, 33, 34, 35, 36, 40, 41, 42, 46, 71, 82, 87, 88, 89, 98);
        graphQl.documentName("tasks").variable("where", Map.of("minLeadUnits", 4, "official", "钱 宇")).execute()
                .path("tasks.edges[*].node.number").entityList(Integer.class).contains(107);
    }

    @Test
    void anOfficialIsFoundWithSpaces() {
        graphQl.documentName("official").variable("name", "钱 宇").execute()
                .path("official.name").entity(String.class).isEqualTo("钱宇")
                .path("official.tasks.nodes[*].number").entityList(Integer.class).contains(1, 4, 8, 107);
    }

    @Test
    void nestedQueriesRunOneStatementPerLevel() {
        // units → tasks → lead units: one batched statement per level that reads, whatever the number of
        // units. The plan's resolution is remembered (until a load, or for a few seconds), so a refresh of it is
        // not counted.
        String document = "query($first: Int) { units(first: $first) { nodes { tasks(first: 5) { nodes { number "
                + "leadUnits { name } } } } } }";
        graphQl.document(document).variable("first", 1).execute();
        statements.reset();
        graphQl.document(document).variable("first", 5).execute().path("units.nodes").entityList(Object.class).hasSize(5);
        List<String> forFive = perLevel(statements.statementNames());
        statements.reset();
        graphQl.document(document).variable("first", 50).execute().path("units.nodes").entityList(Object.class)
                .hasSize(50);
        List<String> forFifty = perLevel(statements.statementNames());
        assertThat(forFifty).isEqualTo(forFive).containsExactly("UNITS_PAGE", "TASKS_OF_UNITS", "ASSIGNMENTS_OF_TASKS");
    }

    @Test
    void unitsTasksAndLeadersAreOneStatement() {
        // Query.units reads each unit's tasks and their leaders with the page (see LeadersWithTasksTests).
        graphQl.documentName("unitsTasksLeaders").variable("first", 1).execute();
        statements.reset();
        graphQl.documentName("unitsTasksLeaders").variable("first", 50).execute()
                .path("units.nodes").entityList(Object.class).hasSize(50);
        assertThat(perLevel(statements.statementNames())).containsExactly("UNITS_PAGE");
    }

    private static List<String> perLevel(List<String> statementNames) {
        return statementNames.stream().filter(name -> !name.equals("RESOLVE_PLAN") && !name.equals("UNIT_NAMES"))
                .toList();
    }

    @Nested
    class Errors {

        @Test
        void nonsensicalNetworkBoundsAndOverlongSearchTextAreBadRequests() {
            assertBadRequest(graphQl.document("{ coordinationNetwork(minShared: 0) { nodes { degree } } }"),
                    "minShared must be at least 1");
            assertBadRequest(graphQl.document(
                    "{ coordinationPath(from: \"气象局\", to: \"团区委\", maxHops: -1) { unit { name } } }"),
                    "maxHops must be 0 or more");
            assertBadRequest(graphQl.document("query($text: String!) { search(text: $text) { nodes { number } } }")
                    .variable("text", "太湖".repeat(600)), "1200 characters; at most 200");
        }

        private void assertBadRequest(GraphQlTester.Request<?> request, String message) {
            request.execute().errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
                assertThat(error.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
                assertThat(error.getMessage()).contains(message);
            }));
        }


        @Test
        void anUnknownUnitIsNotFoundWithSuggestions() {
            graphQl.documentName("unit").variable("name", "发改局").execute().errors()
                    .expect(error -> error.getErrorType() == ErrorType.NOT_FOUND
                            && error.getMessage().contains("区发改委")
                            && ((List<?>) error.getExtensions().get("suggestions")).contains("区发改委"));
        }

        @Test
        void coOwnedTasksOfNoUnitIsABadRequest() {
            graphQl.documentName("coOwnedTasks").variable("units", List.of()).execute().errors()
                    .expect(error -> error.getErrorType() == ErrorType.BAD_REQUEST);
        }

        @Test
        void pagesRequestedWithoutFirstCountAsDefaultPagesTowardsComplexity() {
            graphQl.documentName("tooManyPages").execute().errors()
                    .expect(error -> error.getErrorType() == ErrorType.BAD_REQUEST
                            && error.getMessage().contains("Query cost"));
        }

        @Test
        void anUnknownOfficialIsNotFound() {
            graphQl.documentName("official").variable("name", "张三").execute().errors()
                    .expect(error -> error.getErrorType() == ErrorType.NOT_FOUND && error.getMessage().contains("张三"));
        }

        @Test
        void anUnknownPlanIsNotFound() {
            graphQl.documentName("unknownPlan").variable("plan", "nowhere-1999").execute().errors()
                    .expect(error -> error.getErrorType() == ErrorType.NOT_FOUND
                            && error.getMessage().contains("wujiang-2024"));
        }

        /**
         * A failed connection field is null, never an invented empty connection; a non-null one takes its nearest
         * nullable parent with it (for a top-level field, {@code data} itself).
         */
        @Test
        void aFailedConnectionFieldIsNullNotAnEmptyConnection() {
            for (String document : List.of("{ tasks(first: 101) { totalCount nodes { number } } }",
                    "{ tasks(after: \"zz\") { totalCount nodes { number } } }",
                    "{ tasks(plan: \"nowhere-1999\") { totalCount nodes { number } } }")) {
                graphQl.document(document).execute().errors().expect(error -> true).verify()
                        .path("$.data").valueIsNull();
            }
            graphQl.document("{ plans { id } unit(name: \"区发改委\") { name tasks(after: \"zz\") { totalCount } } }")
                    .execute().errors().expect(error -> error.getErrorType() == ErrorType.BAD_REQUEST
                            && error.getPath().equals("unit.tasks")).verify()
                    .path("unit").valueIsNull()
                    .path("plans[0].id").entity(String.class).isEqualTo("wujiang-2024");
        }

        @Test
        void aPageAboveTheMaximumIsABadRequestAndTheOnlyError() {
            graphQl.documentName("tasks").variable("first", 101).execute().errors()
                    .expect(error -> error.getErrorType() == ErrorType.BAD_REQUEST).verify()
                    .path("tasks").pathDoesNotExist();
            graphQl.documentName("tasks").variable("first", -1).execute().errors()
                    .expect(error -> error.getErrorType() == ErrorType.BAD_REQUEST).verify();
        }

        @Test
        void aQueryTooDeepIsRejected() {
            graphQl.documentName("tooDeep").execute().errors()
                    .expect(error -> error.getErrorType() == ErrorType.BAD_REQUEST
                            && error.getMessage().contains("depth") && error.getLocations().size() == 1);
        }

        @Test
        void aQueryTooComplexIsRejected() {
            graphQl.documentName("tooComplex").execute().errors()
                    .expect(error -> error.getErrorType() == ErrorType.BAD_REQUEST
                            && error.getMessage().contains("Query cost")
                            && error.getLocations().size() == 1 && error.getLocations().get(0).getLine() == 1);
        }

        @Test
        void anOutlineOfEveryPlanWithSmallPagesIsWithinTheCost() {
            graphQl.document("{ plans { chapters { sections { tasks(first: 5) { nodes { number } } } } } }").execute()
                    .path("plans[0].chapters[1].sections[0].tasks.nodes[0].number").hasValue();
            graphQl.document("{ plans { id title chapters { title sections { name tasks(first: 5) { nodes { number "
                    + "text } } } } } }").execute()
                    .path("plans[0].chapters[1].sections[0].tasks.nodes[0].text").hasValue();
        }
    }
}
