package io.dutygraph.graph.store;

import java.util.List;

/**
 * Published after plans were loaded: caches derived from the graph's contents must be refreshed.
 *
 * @param planIds     the plans the load wrote
 * @param replacedIds those of them that replaced a plan already in the graph (same jurisdiction, year and title)
 */
public record PlansChangedEvent(List<String> planIds, List<String> replacedIds) {

    public PlansChangedEvent(List<String> planIds) {
        this(planIds, List.of());
    }

    public PlansChangedEvent {
        planIds = List.copyOf(planIds);
        replacedIds = List.copyOf(replacedIds);
    }
}
