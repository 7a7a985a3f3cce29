package io.dutygraph.api;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.SelectedField;
import io.dutygraph.plan.Role;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a units page's {@code Unit.tasks} fields ask, seen from {@code Query.units}: the one role and plan its
 * tasks are asked in, when every such field that asks for the tasks' leaders asks them alike. The page can then be
 * read with each unit's tasks and leaders in one statement.
 */
record AskedTasks(Role role, String plan) {

    /** Empty when no tasks field below asks for leaders, or when two of them ask in different roles or plans. */
    static Optional<AskedTasks> in(DataFetchingEnvironment environment) {
        List<AskedTasks> asked = environment.getSelectionSet().getFields("nodes/tasks", "edges/node/tasks")
                .stream().filter(field -> field.getSelectionSet().containsAnyOf("nodes/leaders", "edges/node/leaders"))
                .map(AskedTasks::of).distinct().toList();
        return asked.size() == 1 ? Optional.of(asked.get(0)) : Optional.empty();
    }

    private static AskedTasks of(SelectedField field) {
        Map<String, Object> arguments = field.getArguments();
        Object role = arguments.get("role");
        Object plan = arguments.get("plan");
        return new AskedTasks(role == null ? null : Role.valueOf(role.toString()), plan == null ? null : plan.toString());
    }
}
