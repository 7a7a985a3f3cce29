package io.dutygraph.graph.store;

import java.util.List;

/** Published after plans were loaded: caches derived from the graph's contents must be refreshed. */
public record PlansChangedEvent(List<String> planIds) {
}
