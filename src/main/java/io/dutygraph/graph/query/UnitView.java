package io.dutygraph.graph.query;

import java.util.List;

/**
 * A responsible unit by canonical name within its jurisdiction; {@code key} is {@code <jurisdiction>/<name>},
 * {@code kind} a {@code UnitKind} name.
 */
public record UnitView(String key, String name, String jurisdiction, String kind, List<String> aliases, boolean isTown) {

    public UnitView {
        aliases = List.copyOf(aliases);
    }
}
