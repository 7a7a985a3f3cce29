package io.dutygraph.graph.load;

import io.dutygraph.plan.ParsedPlan;
import io.dutygraph.plan.PlanMetadata;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The ids plans get in the graph. A plan's identity is its jurisdiction, year and title: loading a plan with the
 * identity of one in the graph replaces that plan and keeps its id, whatever the file is called now. A new plan
 * takes its file's id ({@code wujiang-2024}), or, where another plan holds that id, the id followed by its year
 * or by a number ({@code plan-2023}, {@code plan-2}).
 */
final class PlanIdentities {

    private final List<Map<String, Object>> loaded;
    private final Set<String> taken = new HashSet<>();

    /** @param loaded the rows of {@code load/plan-identities.cypher}: id, jurisdiction, year, title */
    PlanIdentities(List<Map<String, Object>> loaded) {
        this.loaded = loaded;
        loaded.forEach(row -> taken.add((String) row.get("id")));
    }

    /** How many plans the graph holds before the load. */
    int count() {
        return loaded.size();
    }

    /** Whether a plan with this id is in the graph already (loading one under that id replaces it). */
    boolean isLoaded(String id) {
        return taken.contains(id);
    }

    /** The plans with the ids they get, in the order given. */
    List<ParsedPlan> assign(List<ParsedPlan> plans) {
        List<ParsedPlan> assigned = new ArrayList<>();
        Set<String> inBatch = new HashSet<>();
        for (ParsedPlan plan : plans) {
            PlanMetadata info = plan.plan();
            String id = sameIdentity(info);
            if (id == null) {
                id = freeId(info, inBatch);
            }
            inBatch.add(id);
            assigned.add(id.equals(info.id()) ? plan : new ParsedPlan(info.withId(id), plan.chapters(), plan.sections(),
                    plan.tasks(), plan.units(), plan.diagnostics()));
        }
        return assigned;
    }

    private String sameIdentity(PlanMetadata info) {
        return loaded.stream()
                .filter(row -> Objects.equals(row.get("jurisdiction"), info.jurisdiction())
                        && Objects.equals(year(row.get("year")), info.year())
                        && Objects.equals(row.get("title"), info.title()))
                .map(row -> (String) row.get("id"))
                .findFirst().orElse(null);
    }

    private String freeId(PlanMetadata info, Set<String> inBatch) {
        List<String> candidates = new ArrayList<>();
        candidates.add(info.id());
        if (info.year() != null && !info.id().contains(String.valueOf(info.year()))) {
            candidates.add(info.id() + "-" + info.year());
        }
        for (String candidate : candidates) {
            if (!taken.contains(candidate) && !inBatch.contains(candidate)) {
                return candidate;
            }
        }
        for (int n = 2; ; n++) {
            String candidate = info.id() + "-" + n;
            if (!taken.contains(candidate) && !inBatch.contains(candidate)) {
                return candidate;
            }
        }
    }

    private static Integer year(Object value) {
        return value == null ? null : ((Number) value).intValue();
    }
}
