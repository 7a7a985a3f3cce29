package io.dutygraph.api;

import io.dutygraph.graph.CoordinationNetwork;
import io.dutygraph.graph.NetworkQueries;
import io.dutygraph.graph.PathStep;
import io.dutygraph.graph.PlanQueries;
import io.dutygraph.plan.Role;
import java.util.List;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** The coordination network between units and the paths through it. */
@Controller
class NetworkController {

    private final PlanQueries plans;
    private final NetworkQueries network;

    NetworkController(PlanQueries plans, NetworkQueries network) {
        this.plans = plans;
        this.network = network;
    }

    @QueryMapping
    CoordinationNetwork coordinationNetwork(@Argument String plan, @Argument String chapter, @Argument Role role,
            @Argument int minShared) {
        return network.network(plans.resolve(plan), chapter, role, minShared);
    }

    @QueryMapping
    List<PathStep> coordinationPath(@Argument String from, @Argument String to, @Argument int maxHops,
            @Argument String plan) {
        return network.path(plans.resolve(plan), from, to, maxHops);
    }
}
