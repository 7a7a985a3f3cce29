package io.dutygraph.graph.store;

import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Readiness that tells the truth: the graph must answer, and every plan must hold what a load writes. Checked
 * when the app becomes ready and after every load; a failure makes the app refuse traffic (GraphQL then answers
 * UNAVAILABLE) until a check passes again. As the {@code graphStore} health indicator it is part of
 * {@code /actuator/health/readiness}.
 */
@Component("graphStore")
class StoreCheck implements HealthIndicator {

    private static final Logger log = LoggerFactory.getLogger(StoreCheck.class);

    private final GraphReader reader;
    private final ApplicationEventPublisher events;
    private volatile boolean refusedByCheck;

    StoreCheck(GraphReader reader, ApplicationEventPublisher events) {
        this.reader = reader;
        this.events = events;
    }

    @Override
    public Health health() {
        String problem = problem();
        return problem == null ? Health.up().build() : Health.down().withDetail("reason", problem).build();
    }

    @EventListener
    void onReadiness(AvailabilityChangeEvent<ReadinessState> event) {
        if (event.getState() == ReadinessState.ACCEPTING_TRAFFIC && !refusedByCheck) {
            check();
        }
    }

    @EventListener
    void onPlansChanged(PlansChangedEvent event) {
        check();
    }

    private void check() {
        String problem = problem();
        if (problem != null) {
            log.error("The graph failed its store check, so DutyGraph refuses traffic: {}", problem);
            refusedByCheck = true;
            AvailabilityChangeEvent.publish(events, this, ReadinessState.REFUSING_TRAFFIC);
        } else if (refusedByCheck) {
            refusedByCheck = false;
            AvailabilityChangeEvent.publish(events, this, ReadinessState.ACCEPTING_TRAFFIC);
        }
    }

    /** What is wrong with the store, or {@code null}. */
    private String problem() {
        try {
            List<ResultRow> broken = reader.read(CypherStatement.BROKEN_PLANS, Map.of());
            if (broken.isEmpty()) {
                return null;
            }
            return "plans not as a load writes them (no id, source, load time, jurisdiction or tasks): " + broken.stream()
                    .map(row -> row.get("plan").asString() + " (" + row.get("tasks").asLong() + " tasks)").toList()
                    + "; reload them, or restore the data folder";
        } catch (RuntimeException failure) {
            return "the graph cannot be read (" + failure.getClass().getSimpleName() + ": "
                    + String.valueOf(failure.getMessage()).lines().findFirst().orElse("") + ")"
                    + "; the store may be damaged: restore the data folder from a backup, or move it away and start "
                    + "again to load the bundled plan afresh";
        }
    }
}
