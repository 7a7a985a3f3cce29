package io.dutygraph.api;

import io.dutygraph.graph.query.UnitQueries;
import io.dutygraph.network.CoordinationNetwork;
import io.dutygraph.network.CoordinationPaths;
import io.dutygraph.network.NetworkQueries;
import io.dutygraph.network.PathStep;
import io.dutygraph.plan.Role;
import java.util.List;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** The coordination network between units and the paths through it. */
@Controller
class NetworkController {

    /** Schema default of {@code coordinationPath(maxHops)}, also when a client passes null explicitly. */
    private static final int DEFAULT_MAX_HOPS = 6;

    private final UnitQueries units;
    private final NetworkQueries network;
    private final CoordinationPaths paths;

    NetworkController(UnitQueries units, NetworkQueries network, CoordinationPaths paths) {
        this.units = units;
        this.network = network;
        this.paths = paths;
    }

    @QueryMapping
    CoordinationNetwork coordinationNetwork(@Argument String plan, @Argument String chapter, @Argument Role role,
            @Argument Integer minShared, @Argument String jurisdiction) {
        if (minShared != null && minShared < 1) {
            throw new InvalidArgumentException("minShared must be at least 1 (a pair of units shares at least one task "
                    + "to be linked), not " + minShared);
        }
        String planId = units.planFor(plan, jurisdiction, List.of()).id();
        return network.network(planId, chapter, role, minShared == null ? 1 : minShared);
    }

    @QueryMapping
    List<PathStep> coordinationPath(@Argument String from, @Argument String to, @Argument Integer maxHops,
            @Argument String plan, @Argument String jurisdiction) {
        if (maxHops != null && maxHops < 0) {
            throw new InvalidArgumentException("maxHops must be 0 or more, not " + maxHops);
        }
        return paths.path(units.planFor(plan, jurisdiction, List.of(from, to)), from, to,
                maxHops == null ? DEFAULT_MAX_HOPS : maxHops);
    }
}
