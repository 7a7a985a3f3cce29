package io.dutygraph.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.tester.AutoConfigureHttpGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.context.annotation.Import;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/**
 * Global object identification and connections on the bundled plan: ids that refetch their object and survive a
 * reload ({@link JurisdictionTests} reloads), and keyset cursors that page every connection forwards and backwards.
 * (Same context as {@link ApiTests}.)
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureHttpGraphQlTester
@AutoConfigureWebTestClient(timeout = "PT30S")
@Import(StatementCounter.class)
class NodesAndConnectionsTests {

    HttpGraphQlTester graphQl;

    @BeforeEach
    void allowForASlowMachine(@Autowired HttpGraphQlTester tester) {
        graphQl = PatientTester.of(tester);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Task        | task(number: 56) { id }                                        | task.id                                    | ... on Task { number }         | 56
            Unit        | unit(name: "发改委") { id }                                     | unit.id                                    | ... on Unit { name }           | 区发改委
            Official    | official(name: "钱 宇") { id }                                  | official.id                                | ... on Official { name }       | 钱宇
            Chapter     | task(number: 56) { chapter { id } }                            | task.chapter.id                            | ... on Chapter { numeral }     | 五
            Section     | task(number: 56) { section { id } }                            | task.section.id                            | ... on Section { name }        | 推动乡村宜居宜业
            Assignment  | task(number: 56) { assignments { id } }                        | task.assignments[0].id                     | ... on Assignment { asWritten } | 区城管局
            Via         | unit(name: "七都镇") { assignments(first: 2, role: SUPPORT) { nodes { id } } } | unit.assignments.nodes[1].id | ... on Assignment { viaCollective } | 各区镇
            Target      | task(number: 1) { targets { id } }                             | task.targets[0].id                         | ... on Target { text }         | 5%以上
            Plan        | plans { id }                                                   | plans[0].id                                | ... on Plan { id }             | wujiang-2024
            """)
    void anIdFetchesItsObjectAgain(String type, String select, String idPath, String fragment, String expected) {
        String id = graphQl.document("{ " + select + " }").execute().path(idPath).entity(String.class).get();
        graphQl.document("query($id: ID!) { node(id: $id) { __typename id " + fragment + " } }").variable("id", id)
                .execute()
                .path("node.__typename").entity(String.class).isEqualTo(type.equals("Via") ? "Assignment" : type)
                .path("node.id").entity(String.class).isEqualTo(id)
                .path("node").entity(Map.class).satisfies(node -> assertThat(node.values()).map(String::valueOf).contains(expected));
    }

    @Test
    void idsAreOpaqueAndUniquePerObject() {
        List<String> ids = graphQl.document("{ task(number: 56) { id leadUnits { id } assignments { id } } }").execute()
                .path("task..id").entityList(String.class).get();
        assertThat(ids).doesNotHaveDuplicates().allSatisfy(id -> assertThat(id).doesNotContain("wujiang", "/"));
    }

    @Test
    void nodesAnswerInTheOrderAskedWithNullForWhatNoPlanHolds() {
        String task = graphQl.document("{ task(number: 7) { id } }").execute().path("task.id").entity(String.class).get();
        graphQl.document("query($ids: [ID!]!) { nodes(ids: $ids) { id ... on Task { number } ... on Plan { year } } }")
                .variable("ids", List.of("no-such-plan", task, "wujiang-2024", "VGFzazp3dWppYW5nLTIwMjQvOTk5"))
                .execute()
                .path("nodes[0]").valueIsNull()
                .path("nodes[1].number").entity(Integer.class).isEqualTo(7)
                .path("nodes[2].year").entity(Integer.class).isEqualTo(2024)
                .path("nodes[3]").valueIsNull();
        graphQl.document("query($ids: [ID!]!) { nodes(ids: $ids) { id } }")
                .variable("ids", IntStream.range(0, 101).mapToObj(i -> "x" + i).toList()).execute().errors()
                .expect(error -> error.getErrorType() == ErrorType.BAD_REQUEST
                        && error.getMessage().contains("at most 100 ids"));
    }

    @Test
    void aMalformedIdIsABadRequestAsTheSchemaSays() {
        // "VGFzazo" is "Task:" encoded: a type without a key.
        for (String id : List.of("", "   ", "a\u0000b", "x".repeat(1001), "VGFzazo")) {
            graphQl.document("query($id: ID!) { node(id: $id) { id } }").variable("id", id).execute().errors()
                    .expect(error -> error.getErrorType() == ErrorType.BAD_REQUEST
                            && error.getMessage().startsWith("Malformed id") && error.getMessage().length() < 200)
                    .verify().path("node").valueIsNull();
            graphQl.document("query($ids: [ID!]!) { nodes(ids: $ids) { id } }").variable("ids", List.of("wujiang-2024", id))
                    .execute().errors().expect(error -> error.getErrorType() == ErrorType.BAD_REQUEST).verify();
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            tasks                | tasks(first: $first, after: $after, last: $last, before: $before)                                   | tasks                  | number
            search               | search(text: "太湖", first: $first, after: $after, last: $last, before: $before)                     | search                 | number
            coOwnedTasks         | coOwnedTasks(units: ["七都镇"], first: $first, after: $after, last: $last, before: $before)          | coOwnedTasks           | number
            units                | units(first: $first, after: $after, last: $last, before: $before)                                   | units                  | name
            officials            | officials(first: $first, after: $after, last: $last, before: $before)                               | officials              | name
            targets              | targets(first: $first, after: $after, last: $last, before: $before)                                 | targets                | text
            Unit.tasks           | unit(name: "各区镇") { tasks(first: $first, after: $after, last: $last, before: $before)             | unit.tasks             | number
            Unit.assignments     | unit(name: "发改委") { assignments(first: $first, after: $after, last: $last, before: $before)       | unit.assignments       | asWritten
            Unit.partners        | unit(name: "发改委") { partners(first: $first, after: $after, last: $last, before: $before)          | unit.partners          | name
            Unit.targets         | unit(name: "发改委") { targets(first: $first, after: $after, last: $last, before: $before)           | unit.targets           | text
            Official.tasks       | official(name: "钱宇") { tasks(first: $first, after: $after, last: $last, before: $before)          | official.tasks         | number
            Official.targets     | official(name: "钱宇") { targets(first: $first, after: $after, last: $last, before: $before)        | official.targets       | text
            Section.tasks        | task(number: 56) { section { tasks(first: $first, after: $after, last: $last, before: $before)     | task.section.tasks     | number
            """)
    void everyConnectionPagesForwardAndBackwardByCursor(String name, String field, String path, String leaf) {
        String document = "query($first: Int, $after: String, $last: Int, $before: String) { " + field
                + " { totalCount edges { cursor node { " + leaf + " } } pageInfo { hasNextPage hasPreviousPage "
                + "startCursor endCursor } } " + "}".repeat(closingBraces(field)) + " }";
        Page whole = whole(document, path);
        assertThat(whole.items()).as(name).hasSizeGreaterThan(3).hasSize(whole.totalCount());

        Page first = page(document, path, Map.of("first", 2));
        assertThat(first.items()).isEqualTo(whole.items().subList(0, 2));
        assertThat(first.hasNext()).isTrue();
        assertThat(first.hasPrevious()).isFalse();
        Page second = page(document, path, Map.of("first", 2, "after", first.endCursor()));
        assertThat(second.items()).isEqualTo(whole.items().subList(2, 4));
        assertThat(second.hasPrevious()).isTrue();
        Page back = page(document, path, Map.of("last", 1, "before", second.endCursor()));
        assertThat(back.items()).isEqualTo(whole.items().subList(2, 3));
        Page tail = page(document, path, Map.of("last", 2));
        assertThat(tail.items()).isEqualTo(whole.items().subList(whole.items().size() - 2, whole.items().size()));
        assertThat(tail.hasNext()).isFalse();
        assertThat(tail.hasPrevious()).isTrue();
    }

    @Test
    void aCursorThisListDidNotHandOutIsABadRequest() {
        String unitCursor = graphQl.document("{ units(first: 1) { pageInfo { endCursor } } }").execute()
                .path("units.pageInfo.endCursor").entity(String.class).get();
        for (String cursor : List.of("not-a-cursor", "b2Zmc2V0OjQ", unitCursor)) {
            graphQl.document("query($after: String) { tasks(after: $after) { totalCount } }").variable("after", cursor)
                    .execute().errors()
                    .expect(error -> error.getErrorType() == ErrorType.BAD_REQUEST
                            && error.getMessage().startsWith("Invalid cursor"));
        }
        graphQl.document("{ tasks(last: -1) { totalCount } }").execute().errors()
                .expect(error -> error.getErrorType() == ErrorType.BAD_REQUEST && error.getMessage().contains("last"));
    }

    /** The whole list, walked page by page of 100 with {@code after}. */
    private Page whole(String document, String path) {
        Page page = page(document, path, Map.of("first", 100));
        List<Object> items = new ArrayList<>(page.items());
        while (page.hasNext()) {
            page = page(document, path, Map.of("first", 100, "after", page.endCursor()));
            items.addAll(page.items());
        }
        return new Page(items, page.totalCount(), false, false, page.endCursor());
    }

    private Page page(String document, String path, Map<String, Object> variables) {
        var response = graphQl.document(document).variables(variables).execute();
        List<Map<String, Object>> edges = response.path(path + ".edges").entityList(mapType()).get();
        List<Object> items = new ArrayList<>();
        edges.forEach(edge -> items.add(((Map<?, ?>) edge.get("node")).values().iterator().next()));
        Map<String, Object> info = response.path(path + ".pageInfo").entity(mapType()).get();
        int total = response.path(path + ".totalCount").entity(Integer.class).get();
        return new Page(items, total, (Boolean) info.get("hasNextPage"), (Boolean) info.get("hasPreviousPage"),
                (String) info.get("endCursor"));
    }

    @SuppressWarnings("unchecked")
    private static Class<Map<String, Object>> mapType() {
        return (Class<Map<String, Object>>) (Class<?>) Map.class;
    }

    private static int closingBraces(String field) {
        return (int) field.chars().filter(c -> c == '{').count();
    }

    record Page(List<Object> items, int totalCount, boolean hasNext, boolean hasPrevious, String endCursor) {
    }
}
