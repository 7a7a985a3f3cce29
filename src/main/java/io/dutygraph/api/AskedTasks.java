package io.dutygraph.api;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.SelectedField;
import io.dutygraph.plan.Role;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a units page's {@code Unit.tasks} fields ask, seen from {@code Query.units}: the one role and plan its
 * tasks are asked in, when every such field that asks for the tasks' leaders asks them alike, and whether any of
 * them asks for the tasks' text, or for where they are written. The page can then be read with each unit's tasks and
 * leaders in one statement, without the texts or the sources when no one shows them.
 */
record AskedTasks(Role role, String plan, boolean text, boolean sources) {

    /** The fields of a task that say where it is written, as a units' tasks connection selects them. */
    static final String SOURCE = "nodes/line";
    static final String[] MORE_SOURCES = {"nodes/leaderSource", "nodes/leaderLine", "nodes/location",
        "edges/node/line", "edges/node/leaderSource", "edges/node/leaderLine", "edges/node/location"};

    /** Empty when no tasks field below asks for leaders, or when two of them ask in different roles or plans. */
    static Optional<AskedTasks> in(DataFetchingEnvironment environment) {
        List<SelectedField> withLeaders = environment.getSelectionSet().getFields("nodes/tasks", "edges/node/tasks")
                .stream().filter(field -> field.getSelectionSet().containsAnyOf("nodes/leaders", "edges/node/leaders"))
                .toList();
        List<RoleAndPlan> ways = withLeaders.stream().map(RoleAndPlan::of).distinct().toList();
        if (ways.size() != 1) {
            return Optional.empty();
        }
        boolean text = withLeaders.stream().anyMatch(field -> field.getSelectionSet().containsAnyOf("nodes/text",
                "edges/node/text"));
        boolean sources = withLeaders.stream().anyMatch(field -> field.getSelectionSet().containsAnyOf(SOURCE,
                MORE_SOURCES));
        Object role = ways.get(0).role();
        Object plan = ways.get(0).plan();
        return Optional.of(new AskedTasks(role == null ? null : Role.valueOf(role.toString()),
                plan == null ? null : plan.toString(), text, sources));
    }

    /** A field's role and plan arguments as given (either may be null). */
    private record RoleAndPlan(Object role, Object plan) {

        static RoleAndPlan of(SelectedField field) {
            Map<String, Object> arguments = field.getArguments();
            return new RoleAndPlan(arguments.get("role"), arguments.get("plan"));
        }
    }
}
