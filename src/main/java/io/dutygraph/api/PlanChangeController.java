package io.dutygraph.api;

import io.dutygraph.graph.query.PlanChange;
import io.dutygraph.graph.query.PlanQueries;
import io.dutygraph.graph.query.PlanView;
import java.time.Duration;
import org.springframework.context.event.EventListener;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.data.method.annotation.SubscriptionMapping;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;

/** {@code subscription { plansChanged }}: every plan change, to every subscriber connected at the time. */
@Controller
class PlanChangeController {

    private final Sinks.Many<PlanChange> changes = Sinks.many().multicast().directBestEffort();
    private final PlanQueries plans;

    PlanChangeController(PlanQueries plans) {
        this.plans = plans;
    }

    @EventListener
    void onPlanChange(PlanChange change) {
        changes.emitNext(change, Sinks.EmitFailureHandler.busyLooping(Duration.ofSeconds(1)));
    }

    @SubscriptionMapping
    Flux<PlanChange> plansChanged() {
        return changes.asFlux();
    }

    /** Clients subscribed right now. */
    int subscribers() {
        return changes.currentSubscriberCount();
    }

    @SchemaMapping(typeName = "PlanChange")
    PlanView plan(PlanChange change) {
        return plans.plans().stream().filter(plan -> plan.id().equals(change.planId())).findFirst().orElse(null);
    }
}
