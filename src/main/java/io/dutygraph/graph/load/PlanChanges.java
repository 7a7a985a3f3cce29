package io.dutygraph.graph.load;

import io.dutygraph.graph.load.PlanDigest.TaskDigest;
import io.dutygraph.plan.ParsedPlan;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * What loading one plan writes, given what the graph holds of it ({@link PlanDigest}; {@link PlanDigest#NONE} for a
 * new plan, which is then written whole): the rows to create and to rewrite in place, and the keys to set aside
 * (deleted at the end of the load) or to unlink. A reload of an unchanged plan writes nothing but its metadata.
 */
final class PlanChanges {

    final String planId;
    final boolean replacing;
    final Map<String, Object> planRow;
    final List<Map<String, Object>> units;
    final List<Map<String, Object>> memberships;
    final List<Map<String, Object>> diagnostics;

    final List<Map<String, Object>> createdChapters = new ArrayList<>();
    final List<Map<String, Object>> updatedChapters = new ArrayList<>();
    final List<String> removedChapters = new ArrayList<>();
    final List<Map<String, Object>> createdSections = new ArrayList<>();
    final List<Map<String, Object>> updatedSections = new ArrayList<>();
    final List<String> removedSections = new ArrayList<>();
    final List<Map<String, Object>> createdTasks = new ArrayList<>();
    final List<Map<String, Object>> updatedTasks = new ArrayList<>();
    final List<String> removedTasks = new ArrayList<>();
    /** Kept tasks whose leaders or units changed: their old ones are removed first. */
    final List<String> relinkedTasks = new ArrayList<>();
    /** Kept tasks whose targets changed: their old ones are set aside. */
    final List<String> retargetedTasks = new ArrayList<>();
    final List<Map<String, Object>> oversight = new ArrayList<>();
    final List<Map<String, Object>> assignments = new ArrayList<>();
    final List<Map<String, Object>> targets = new ArrayList<>();

    private final Map<String, String> chapterDigests = new LinkedHashMap<>();
    private final Map<String, String> sectionDigests = new LinkedHashMap<>();
    private final Map<String, TaskDigest> taskDigests = new LinkedHashMap<>();

    private PlanChanges(ParsedPlan plan, Map<String, Object> planRow, boolean replacing) {
        this.planId = plan.plan().id();
        this.replacing = replacing;
        this.planRow = planRow;
        this.units = LoadParameters.units(plan);
        this.memberships = LoadParameters.memberships(plan);
        this.diagnostics = LoadParameters.diagnostics(plan);
    }

    /** The changes from {@code previous} (what the graph holds) to {@code plan}, whose metadata row is {@code planRow}. */
    static PlanChanges of(ParsedPlan plan, Map<String, Object> planRow, PlanDigest previous, boolean replacing) {
        PlanChanges changes = new PlanChanges(plan, planRow, replacing);
        diff(LoadParameters.chapters(plan), row -> (String) row.get("key"), previous.chapters(),
                changes.chapterDigests, changes.createdChapters, changes.updatedChapters, changes.removedChapters);
        diff(LoadParameters.sections(plan), PlanChanges::propertiesKey, previous.sections(),
                changes.sectionDigests, changes.createdSections, changes.updatedSections, changes.removedSections);
        changes.diffTasks(plan, previous.tasks());
        return changes;
    }

    /** The digests to keep for this plan's next load. */
    PlanDigest digest() {
        return new PlanDigest(chapterDigests, sectionDigests, taskDigests);
    }

    /** Tasks whose leaders and units are removed by this load: candidates for orphaned units and officials. */
    List<String> tasksLosingLinks() {
        List<String> keys = new ArrayList<>(removedTasks);
        keys.addAll(relinkedTasks);
        return keys;
    }

    /** Tasks whose targets are set aside: removed ones and those whose targets changed. */
    List<String> tasksLosingTargets() {
        List<String> keys = new ArrayList<>(removedTasks);
        keys.addAll(retargetedTasks);
        return keys;
    }

    private void diffTasks(ParsedPlan plan, Map<String, TaskDigest> previous) {
        Map<String, List<Map<String, Object>>> leaders = byTask(LoadParameters.oversight(plan));
        Map<String, List<Map<String, Object>>> units = byTask(LoadParameters.assignments(plan));
        Map<String, List<Map<String, Object>>> targetsOf = byTask(TargetParameters.targets(plan));
        for (Map<String, Object> row : LoadParameters.tasks(plan)) {
            String key = propertiesKey(row);
            List<Map<String, Object>> taskLeaders = leaders.getOrDefault(key, List.of());
            List<Map<String, Object>> taskUnits = units.getOrDefault(key, List.of());
            List<Map<String, Object>> taskTargets = targetsOf.getOrDefault(key, List.of());
            TaskDigest now = new TaskDigest(PlanDigest.of(row), PlanDigest.of(List.of(taskLeaders, taskUnits)),
                    PlanDigest.of(taskTargets));
            // A key written twice is created twice: the graph's unique constraint refuses the load.
            TaskDigest before = taskDigests.containsKey(key) ? null : previous.get(key);
            taskDigests.put(key, now);
            boolean created = before == null;
            if (created) {
                createdTasks.add(row);
            } else if (!before.own().equals(now.own())) {
                updatedTasks.add(row);
            }
            if (created || !before.links().equals(now.links())) {
                if (!created) {
                    relinkedTasks.add(key);
                }
                oversight.addAll(taskLeaders);
                assignments.addAll(taskUnits);
            }
            if (created || !before.targets().equals(now.targets())) {
                if (!created) {
                    retargetedTasks.add(key);
                }
                targets.addAll(taskTargets);
            }
        }
        previous.keySet().stream().filter(key -> !taskDigests.containsKey(key)).forEach(removedTasks::add);
    }

    private static void diff(List<Map<String, Object>> rows, Function<Map<String, Object>, String> keyOf,
            Map<String, String> previous, Map<String, String> digests, List<Map<String, Object>> created,
            List<Map<String, Object>> updated, List<String> removed) {
        Set<String> seen = new HashSet<>();
        for (Map<String, Object> row : rows) {
            String key = keyOf.apply(row);
            String now = PlanDigest.of(row);
            String before = seen.add(key) ? previous.get(key) : null;
            digests.put(key, now);
            if (before == null) {
                created.add(row);
            } else if (!before.equals(now)) {
                updated.add(row);
            }
        }
        previous.keySet().stream().filter(key -> !digests.containsKey(key)).forEach(removed::add);
    }

    private static String propertiesKey(Map<String, Object> row) {
        return (String) ((Map<?, ?>) row.get("properties")).get("key");
    }

    private static Map<String, List<Map<String, Object>>> byTask(List<Map<String, Object>> rows) {
        Map<String, List<Map<String, Object>>> grouped = new LinkedHashMap<>();
        rows.forEach(row -> grouped.computeIfAbsent((String) row.get("taskKey"), key -> new ArrayList<>()).add(row));
        return grouped;
    }
}
