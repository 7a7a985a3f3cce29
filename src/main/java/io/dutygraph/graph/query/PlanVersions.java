package io.dutygraph.graph.query;

import io.dutygraph.graph.store.PlansChangedEvent;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The version of the graph's contents: a fingerprint of the loaded plans' ids and load times, read once and kept
 * until a load changes the plans (HTTP ETags are built from it). After a load it announces each plan as a
 * {@link PlanChange}. A load by another process into an external Neo4j is not seen until this app restarts.
 */
@Component
public class PlanVersions {

    private record Snapshot(long generation, String fingerprint) {
    }

    private final PlanQueries plans;
    private final ApplicationEventPublisher events;
    private final AtomicLong generation = new AtomicLong();
    private volatile Snapshot snapshot;

    PlanVersions(PlanQueries plans, ApplicationEventPublisher events) {
        this.plans = plans;
        this.events = events;
    }

    /** A short hex fingerprint of which plans are loaded and when each was loaded. */
    public String fingerprint() {
        Snapshot current = snapshot;
        long seen = generation.get();
        if (current != null && current.generation() == seen) {
            return current.fingerprint();
        }
        String fingerprint = compute();
        snapshot = new Snapshot(seen, fingerprint);
        return fingerprint;
    }

    @EventListener
    void onPlansChanged(PlansChangedEvent event) {
        generation.incrementAndGet();
        for (String planId : event.planIds()) {
            PlanChange.Kind kind = event.replacedIds().contains(planId) ? PlanChange.Kind.REPLACED
                    : PlanChange.Kind.LOADED;
            events.publishEvent(new PlanChange(planId, kind));
        }
    }

    private String compute() {
        StringBuilder versions = new StringBuilder();
        plans.plans().stream().sorted(Comparator.comparing(PlanView::id))
                .forEach(plan -> versions.append(plan.id()).append('@').append(plan.loadedAt()).append('\n'));
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(versions.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
