package io.dutygraph.plan;

import java.util.List;

/**
 * A canonical responsible unit.
 *
 * @param name    canonical name (the 区-prefixed short form where the plan uses one)
 * @param kind    what kind of body it is
 * @param aliases other spellings that resolve to it
 * @param members for a collective such as 各区镇, the canonical names of its members
 */
public record Unit(String name, UnitKind kind, List<String> aliases, List<String> members) {

    public Unit {
        aliases = List.copyOf(aliases);
        members = List.copyOf(members);
    }

    public boolean isTown() {
        return kind == UnitKind.TOWN;
    }
}
