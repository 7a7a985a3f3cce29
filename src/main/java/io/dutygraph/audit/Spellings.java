package io.dutygraph.audit;

import io.dutygraph.audit.AuditFacts.AssignmentFacts;
import io.dutygraph.audit.AuditFacts.TaskFacts;
import io.dutygraph.audit.Finding.Spelling;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Units written under several spellings (发改委, 区发改委): each spelling, and the tasks and cells writing it. */
final class Spellings {

    private Spellings() {
    }

    static List<Finding> findings(List<TaskFacts> tasks) {
        Map<String, Map<String, List<Where>>> byUnit = new LinkedHashMap<>();
        for (TaskFacts task : tasks) {
            for (AssignmentFacts a : task.assignments()) {
                byUnit.computeIfAbsent(a.unit(), unit -> new LinkedHashMap<>())
                        .computeIfAbsent(a.asWritten(), spelling -> new ArrayList<>())
                        .add(new Where(task.number(), a.location() == null ? task.location() : a.location()));
            }
        }
        List<Finding> findings = new ArrayList<>();
        byUnit.forEach((unit, written) -> {
            if (written.size() > 1) {
                List<Spelling> spellings = written.entrySet().stream().map(entry -> new Spelling(entry.getKey(),
                        entry.getValue().stream().map(Where::task).distinct().toList(),
                        entry.getValue().stream().map(Where::location).toList())).toList();
                findings.add(new Finding("UNIT_SEVERAL_SPELLINGS", Severity.INFO, Origin.AUDIT, unit + " is written "
                        + spellings.size() + " ways: " + describe(spellings), spellings.get(0).locations().get(0), null,
                        unit, spellings));
            }
        });
        return findings;
    }

    /** Each spelling with the tasks that write it: 区发改委 (tasks 1, 4, 8); 发改委 (tasks 12, 24). */
    private static String describe(List<Spelling> spellings) {
        return spellings.stream().map(spelling -> spelling.asWritten() + " (task"
                + (spelling.tasks().size() == 1 ? " " : "s ")
                + spelling.tasks().stream().map(String::valueOf).collect(Collectors.joining(", ")) + ")")
                .collect(Collectors.joining("; "));
    }

    private record Where(int task, String location) {
    }
}
