package io.dutygraph.api;

import io.dutygraph.graph.query.UnitView;
import io.dutygraph.plan.Role;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The tasks of a units page read with the page ({@link AskedTasks}), handed down from {@code Query.units} to the
 * units' {@code tasks} fields as graphql-java's local context: only fields below that page see them (not another
 * root field asking about the same unit), and only a field asking in the same role and plan, and not for the text
 * or where tasks are written when those were left out, is answered from them.
 */
record UnitsReadAhead(AskedTasks asked, Map<String, LedTasks> byUnit) {

    /** The unit's tasks when this read answers {@code Unit.tasks(role, plan)} asked with (or without) those fields. */
    Optional<LedTasks> tasksOf(UnitView unit, Role role, String plan, boolean textAsked, boolean sourcesAsked) {
        boolean answers = asked.role() == role && Objects.equals(asked.plan(), plan) && (asked.text() || !textAsked)
                && (asked.sources() || !sourcesAsked);
        return answers ? Optional.ofNullable(byUnit.get(unit.key())) : Optional.empty();
    }
}
