package io.dutygraph.api;

import io.dutygraph.graph.query.AssignmentView;
import io.dutygraph.graph.query.NodeQueries;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** {@code node(id:)} and {@code nodes(ids:)}: any object by its global id, one statement per type asked for. */
@Controller
class NodeController {

    static final int MAX_IDS = 100;

    private final NodeQueries nodes;

    NodeController(NodeQueries nodes) {
        this.nodes = nodes;
    }

    @QueryMapping
    Object node(@Argument String id) {
        return resolve(List.of(id)).get(0);
    }

    @QueryMapping
    List<Object> nodes(@Argument List<String> ids) {
        if (ids.size() > MAX_IDS) {
            throw new InvalidArgumentException("nodes takes at most " + MAX_IDS + " ids, was given " + ids.size());
        }
        return resolve(ids);
    }

    private List<Object> resolve(List<String> ids) {
        Map<GlobalIds.Type, List<String>> keys = new LinkedHashMap<>();
        List<String> planIds = new ArrayList<>();
        for (String id : ids) {
            Optional<GlobalIds.Decoded> decoded = GlobalIds.decode(id);
            decoded.ifPresentOrElse(d -> keys.computeIfAbsent(d.type(), type -> new ArrayList<>()).add(d.key()),
                    () -> planIds.add(id));
        }
        Map<String, ?> plans = planIds.isEmpty() ? Map.of() : nodes.plans(planIds);
        Map<GlobalIds.Type, Map<String, ?>> found = new HashMap<>();
        keys.forEach((type, typeKeys) -> found.put(type, fetch(type, typeKeys)));
        return ids.stream().map(id -> GlobalIds.decode(id)
                .map(d -> (Object) found.get(d.type()).get(d.key()))
                .orElseGet(() -> plans.get(id))).toList();
    }

    private Map<String, ?> fetch(GlobalIds.Type type, List<String> keys) {
        return switch (type) {
            case Chapter -> nodes.chapters(keys);
            case Section -> nodes.sections(keys);
            case Task -> nodes.tasks(keys);
            case Unit -> nodes.units(keys);
            case Official -> nodes.officials(keys);
            case Target -> nodes.targets(keys);
            case Assignment -> assignments(keys);
        };
    }

    /** Assignments by key: those written in a task's cell, and those reaching a unit through a collective. */
    private Map<String, AssignmentView> assignments(List<String> keys) {
        Map<String, AssignmentView> byKey = new HashMap<>();
        for (String key : keys) {
            List<String> parts = GlobalIds.assignmentParts(key);
            if (parts.size() != 4 || parts.get(0).lastIndexOf('/') < 0) {
                continue;
            }
            String taskKey = parts.get(0);
            String planId = taskKey.substring(0, taskKey.lastIndexOf('/'));
            List<String> viaUnits = parts.get(3).isEmpty() ? List.of() : List.of(parts.get(1));
            nodes.assignments(List.of(taskKey), viaUnits, planId).stream()
                    .filter(a -> a.task().key().equals(taskKey) && a.unit().key().equals(parts.get(1))
                            && String.valueOf(a.position()).equals(parts.get(2))
                            && Objects.equals(Objects.requireNonNullElse(a.viaCollective(), ""), parts.get(3)))
                    .findFirst().ifPresent(a -> byKey.put(key, a));
        }
        return byKey;
    }
}
