package io.dutygraph.graph.query;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The known spellings of units or officials, one {@link NameMatcher} per jurisdiction. */
final class ScopedNames {

    private final Map<String, NameMatcher> byJurisdiction = new TreeMap<>();

    void add(String jurisdiction, String canonical, List<String> aliases) {
        byJurisdiction.computeIfAbsent(jurisdiction, j -> new NameMatcher()).add(canonical, aliases);
    }

    /** The names of one jurisdiction; none for an unknown or null one. */
    NameMatcher in(String jurisdiction) {
        NameMatcher matcher = jurisdiction == null ? null : byJurisdiction.get(jurisdiction);
        return matcher == null ? new NameMatcher() : matcher;
    }

    /** The jurisdictions, by name, in which every one of the names resolves. */
    List<String> jurisdictionsKnowing(List<String> names) {
        return byJurisdiction.entrySet().stream()
                .filter(entry -> names.stream().allMatch(name -> entry.getValue().resolve(name).isPresent()))
                .map(Map.Entry::getKey)
                .toList();
    }
}
