package io.dutygraph.api;

import io.dutygraph.graph.query.AssignmentView;
import io.dutygraph.graph.query.NodeQueries;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
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
        ids.forEach(GlobalIds::requireWellFormed);
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

    /**
     * Assignments by key, one statement for all those written in tasks' cells and one per plan for those reaching a
     * unit through a collective.
     */
    private Map<String, AssignmentView> assignments(List<String> keys) {
        List<List<String>> wellFormed = keys.stream().map(GlobalIds::assignmentParts)
                .filter(parts -> parts.size() == 4 && parts.get(0).lastIndexOf('/') > 0).toList();
        List<AssignmentView> candidates = new ArrayList<>(nodes.assignments(
                wellFormed.stream().map(parts -> parts.get(0)).distinct().toList(), List.of(), null));
        wellFormed.stream().filter(parts -> !parts.get(3).isEmpty())
                .collect(Collectors.groupingBy(parts -> parts.get(0).substring(0, parts.get(0).lastIndexOf('/')),
                        Collectors.mapping(parts -> parts.get(1), Collectors.toList())))
                .forEach((planId, unitKeys) -> candidates.addAll(nodes.assignments(List.of(), unitKeys, planId)));
        Map<String, AssignmentView> byKey = new HashMap<>();
        candidates.forEach(assignment -> byKey.putIfAbsent(GlobalIds.assignmentKey(assignment), assignment));
        byKey.keySet().retainAll(keys);
        return byKey;
    }
}
