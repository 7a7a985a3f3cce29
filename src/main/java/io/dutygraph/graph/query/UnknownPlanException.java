package io.dutygraph.graph.query;

import io.dutygraph.plan.Names;
import io.dutygraph.plan.NotFound;
import java.util.List;

/** A plan id that is not loaded (or no plan loaded at all). */
public class UnknownPlanException extends RuntimeException implements NotFound {

    private final String planId;
    private final List<String> knownPlans;

    public UnknownPlanException(String planId, List<String> knownPlans) {
        super(planId == null ? "No plan is loaded"
                : "Unknown plan '" + Names.shown(planId) + "'; loaded plans: " + String.join(", ", knownPlans));
        this.planId = planId;
        this.knownPlans = List.copyOf(knownPlans);
    }

    public String planId() {
        return planId;
    }

    public List<String> knownPlans() {
        return knownPlans;
    }
}
