package io.dutygraph.graph;

import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import org.neo4j.driver.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The spellings of all units and officials, read once and kept: resolving a name read every unit of the graph
 * per request, which at a province's scale (15,000 units) cost ~150 ms a name. Dropped when this application
 * loads a plan, and at the latest after {@link #MAX_AGE}, for plans loaded into an external server by another
 * process.
 */
@Component
class KnownNames {

    static final Duration MAX_AGE = Duration.ofSeconds(60);

    private final GraphReader reader;
    private volatile Snapshot units;
    private volatile Snapshot officials;

    private record Snapshot(NameMatcher matcher, long readAt) {

        boolean isFresh() {
            return System.nanoTime() - readAt < MAX_AGE.toNanos();
        }
    }

    KnownNames(GraphReader reader) {
        this.reader = reader;
    }

    NameMatcher units() {
        Snapshot snapshot = fresh(units, () -> {
            NameMatcher matcher = new NameMatcher();
            reader.read(CypherStatement.UNIT_NAMES, Params.of()).forEach(row -> matcher.add(row.get("name").asString(),
                    row.get("aliases").isNull() ? List.of() : row.get("aliases").asList(Value::asString)));
            return matcher;
        });
        units = snapshot;
        return snapshot.matcher();
    }

    NameMatcher officials() {
        Snapshot snapshot = fresh(officials, () -> {
            NameMatcher matcher = new NameMatcher();
            reader.read(CypherStatement.OFFICIAL_NAMES, Params.of())
                    .forEach(row -> matcher.add(row.get("name").asString(), List.of()));
            return matcher;
        });
        officials = snapshot;
        return snapshot.matcher();
    }

    @EventListener
    void plansChanged(PlansChangedEvent event) {
        units = null;
        officials = null;
    }

    private static Snapshot fresh(Snapshot snapshot, Supplier<NameMatcher> read) {
        return snapshot != null && snapshot.isFresh() ? snapshot : new Snapshot(read.get(), System.nanoTime());
    }
}
