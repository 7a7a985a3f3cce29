package io.dutygraph.graph.query;

import java.util.List;

/** A responsible unit by canonical name; {@code kind} is a {@code UnitKind} name. */
public record UnitView(String name, String kind, List<String> aliases, boolean isTown) {

    public UnitView {
        aliases = List.copyOf(aliases);
    }
}
