package io.dutygraph.audit;

import io.dutygraph.audit.AuditFacts.AssignmentFacts;
import io.dutygraph.audit.AuditFacts.TaskFacts;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Units written under several spellings (发改委, 区发改委): each spelling and where it is written. */
final class Spellings {

    /** Locations named per spelling; the rest are counted. */
    private static final int SHOWN = 3;

    private Spellings() {
    }

    static List<Finding> findings(List<TaskFacts> tasks) {
        Map<String, Map<String, List<String>>> byUnit = new LinkedHashMap<>();
        for (TaskFacts task : tasks) {
            for (AssignmentFacts a : task.assignments()) {
                byUnit.computeIfAbsent(a.unit(), unit -> new LinkedHashMap<>())
                        .computeIfAbsent(a.asWritten(), spelling -> new ArrayList<>())
                        .add(a.location() == null ? task.location() : a.location());
            }
        }
        List<Finding> findings = new ArrayList<>();
        byUnit.forEach((unit, spellings) -> {
            if (spellings.size() > 1) {
                String first = spellings.values().iterator().next().get(0);
                findings.add(new Finding("UNIT_SEVERAL_SPELLINGS", Severity.INFO, Origin.AUDIT, unit + " is written "
                        + spellings.size() + " ways: " + describe(spellings), first, null));
            }
        });
        return findings;
    }

    private static String describe(Map<String, List<String>> spellings) {
        return spellings.entrySet().stream().map(entry -> {
            List<String> where = entry.getValue();
            String shown = String.join(", ", where.subList(0, Math.min(SHOWN, where.size())));
            return entry.getKey() + " (" + shown + (where.size() > SHOWN ? " and " + (where.size() - SHOWN) + " more" : "")
                    + ")";
        }).collect(Collectors.joining("; "));
    }
}
