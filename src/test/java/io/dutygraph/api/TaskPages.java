package io.dutygraph.api;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.graphql.test.tester.GraphQlTester;

/** Every task of a plan as {@code Query.tasks} answers it, page by page: what look-ahead answers are compared with. */
final class TaskPages {

    private TaskPages() {
    }

    /** Each task's node with the given fields (which must include {@code number}), by number. */
    static Map<Integer, Map<String, Object>> byNumber(GraphQlTester graphQl, String plan, String fields) {
        Map<Integer, Map<String, Object>> byNumber = new HashMap<>();
        String after = null;
        boolean more = true;
        while (more) {
            GraphQlTester.Response page = graphQl.document("query($plan: ID, $after: String) { tasks(plan: $plan, "
                    + "first: 100, after: $after) { nodes { " + fields + " } pageInfo { hasNextPage endCursor } } }")
                    .variable("plan", plan).variable("after", after).execute();
            List<Integer> numbers = page.path("tasks.nodes[*].number").entityList(Integer.class).get();
            List<Object> nodes = page.path("tasks.nodes").entityList(Object.class).get();
            for (int i = 0; i < numbers.size(); i++) {
                @SuppressWarnings("unchecked")
                Map<String, Object> node = (Map<String, Object>) nodes.get(i);
                byNumber.put(numbers.get(i), node);
            }
            more = page.path("tasks.pageInfo.hasNextPage").entity(Boolean.class).get();
            after = page.path("tasks.pageInfo.endCursor").entity(String.class).get();
        }
        return byNumber;
    }
}
