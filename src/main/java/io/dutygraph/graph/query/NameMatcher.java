package io.dutygraph.graph.query;

import io.dutygraph.plan.Names;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Resolves a name against known spellings (canonical names and aliases, compared without whitespace) and,
 * for a name that matches none, ranks the canonical names closest to it: most characters in common first,
 * then smallest edit distance (so even a name sharing no character gets the nearest few).
 */
final class NameMatcher {

    private static final int SUGGESTIONS = 5;
    /** No unit or official name is nearly this long; past it, ranking by edit distance would only cost time. */
    private static final int LONGEST_SUGGESTIBLE = 100;

    /** Spelling without whitespace → canonical name. */
    private final Map<String, String> spellings = new LinkedHashMap<>();

    /** A canonical name always names its own unit, even where another unit lists it as an alias. */
    void add(String canonical, List<String> aliases) {
        spellings.put(Names.matchingKey(canonical), canonical);
        aliases.forEach(alias -> spellings.putIfAbsent(Names.matchingKey(alias), canonical));
    }

    Optional<String> resolve(String name) {
        return Optional.ofNullable(spellings.get(Names.matchingKey(name)));
    }

    List<String> suggestions(String name) {
        if (name.length() > LONGEST_SUGGESTIBLE) {
            return List.of();
        }
        String wanted = Names.matchingKey(name);
        Map<String, Integer> bestScore = new LinkedHashMap<>();
        spellings.forEach((spelling, canonical) -> {
            int score = commonCharacters(wanted, spelling) * 100 - editDistance(wanted, spelling);
            bestScore.merge(canonical, score, Math::max);
        });
        return bestScore.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(SUGGESTIONS)
                .map(Map.Entry::getKey)
                .toList();
    }

    private static int commonCharacters(String a, String b) {
        return (int) a.codePoints().distinct().filter(c -> b.indexOf(c) >= 0).count();
    }

    private static int editDistance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
