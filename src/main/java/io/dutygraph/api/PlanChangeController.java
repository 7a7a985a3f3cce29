package io.dutygraph.api;

import io.dutygraph.graph.query.PlanChange;
import io.dutygraph.graph.query.PlanQueries;
import io.dutygraph.graph.query.PlanView;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.event.EventListener;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.data.method.annotation.SubscriptionMapping;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;

/**
 * {@code subscription { plansChanged }}: every plan change, to every subscriber connected at the time. A change made
 * while the app is not ready (the bundled plan loading at start-up) is announced once it is, so a query sent on
 * receipt is answered, not refused as UNAVAILABLE.
 */
@Controller
class PlanChangeController {

    private final Sinks.Many<PlanChange> changes = Sinks.many().multicast().directBestEffort();
    private final PlanQueries plans;
    /** Changes waiting for the app to be ready; guards {@link #ready} too. */
    private final List<PlanChange> held = new ArrayList<>();
    private boolean ready;

    PlanChangeController(PlanQueries plans) {
        this.plans = plans;
    }

    @EventListener
    void onPlanChange(PlanChange change) {
        synchronized (held) {
            if (!ready) {
                held.add(change);
                return;
            }
        }
        emit(change);
    }

    @EventListener
    void onReadiness(AvailabilityChangeEvent<ReadinessState> event) {
        List<PlanChange> release;
        synchronized (held) {
            ready = event.getState() == ReadinessState.ACCEPTING_TRAFFIC;
            if (!ready) {
                return;
            }
            release = List.copyOf(held);
            held.clear();
        }
        release.forEach(this::emit);
    }

    private void emit(PlanChange change) {
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
