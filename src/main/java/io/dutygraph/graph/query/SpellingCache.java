package io.dutygraph.graph.query;

import io.dutygraph.graph.store.CypherStatement;
import io.dutygraph.graph.store.GraphReader;
import io.dutygraph.graph.store.PlansChangedEvent;
import io.dutygraph.graph.store.ResultRow;
import io.dutygraph.graph.store.ResultValue;
import io.dutygraph.graph.store.StatementParameters;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiConsumer;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The spellings of all units and officials, per jurisdiction, read once and kept until a plan is loaded by this application, and at
 * most {@link #MAX_AGE} (plans loaded into an external server by another process). A snapshot is tagged with the
 * generation of the graph it was read from: one read while a load was committing is never served afterwards.
 */
@Component
class SpellingCache {

    static final Duration MAX_AGE = Duration.ofSeconds(60);

    private final GraphReader reader;
    private final AtomicLong generation = new AtomicLong();
    private final AtomicReference<Snapshot> units = new AtomicReference<>();
    private final AtomicReference<Snapshot> officials = new AtomicReference<>();

    private record Snapshot(ScopedNames names, long generation, long readAt) {

        boolean isCurrent(long currentGeneration) {
            return generation == currentGeneration && System.nanoTime() - readAt < MAX_AGE.toNanos();
        }
    }

    SpellingCache(GraphReader reader) {
        this.reader = reader;
    }

    ScopedNames units() {
        return current(units, CypherStatement.UNIT_NAMES, (names, row) -> names.add(row.get("jurisdiction").asString(),
                row.get("name").asString(), row.get("aliases").asList(ResultValue::asString)));
    }

    ScopedNames officials() {
        return current(officials, CypherStatement.OFFICIAL_NAMES, (names, row) ->
                names.add(row.get("jurisdiction").asString(), row.get("name").asString(), List.of()));
    }

    @EventListener
    void plansChanged(PlansChangedEvent event) {
        forget();
    }

    /** Drops the names read so far: the next question reads them afresh. */
    void forget() {
        generation.incrementAndGet();
    }

    private ScopedNames current(AtomicReference<Snapshot> cache, CypherStatement statement,
            BiConsumer<ScopedNames, ResultRow> entry) {
        // The generation is taken before reading: a load that commits during the read makes this snapshot stale.
        long readGeneration = generation.get();
        Snapshot cached = cache.get();
        if (cached != null && cached.isCurrent(readGeneration)) {
            return cached.names();
        }
        ScopedNames names = new ScopedNames();
        reader.read(statement, StatementParameters.of()).forEach(row -> entry.accept(names, row));
        cache.compareAndSet(cached, new Snapshot(names, readGeneration, System.nanoTime()));
        return names;
    }

}
