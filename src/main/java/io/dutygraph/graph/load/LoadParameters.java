package io.dutygraph.graph.load;

import io.dutygraph.plan.Diagnostic;
import io.dutygraph.plan.JurisdictionKeys;
import io.dutygraph.plan.ParsedPlan;
import io.dutygraph.plan.ParsedTask;
import io.dutygraph.plan.PlanMetadata;
import io.dutygraph.plan.Unit;
import io.dutygraph.plan.UnitAssignment;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Rows handed to the UNWIND statements: plain maps and lists, keys computed here once. Public so the ingest
 * benchmark writes the same nodes and relationships as CSV for {@code neo4j-admin database import} (its ceiling).
 */
public final class LoadParameters {

    private LoadParameters() {
    }

    static String chapterKey(String planId, int ordinal) {
        return planId + "/" + ordinal;
    }

    static String sectionKey(String planId, int chapterOrdinal, int position) {
        return chapterKey(planId, chapterOrdinal) + "/" + position;
    }

    static String taskKey(String planId, int number) {
        return planId + "/" + number;
    }

    /** Plan rows; {@code loadOrder} tells plans loaded in the same transaction (same loadedAt) apart. */
    static List<Map<String, Object>> plans(List<ParsedPlan> plans) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < plans.size(); i++) {
            Map<String, Object> row = plan(plans.get(i).plan());
            row.put("loadOrder", i);
            rows.add(row);
        }
        return rows;
    }

    public static Map<String, Object> plan(PlanMetadata info) {
        Map<String, Object> row = new HashMap<>();
        row.put("id", info.id());
        row.put("title", info.title());
        row.put("issuer", info.issuer());
        row.put("jurisdiction", info.jurisdiction());
        row.put("year", info.year());
        row.put("date", info.date());
        row.put("approvedBy", info.approvedBy());
        row.put("declaredTaskCount", info.declaredTaskCount());
        row.put("source", info.source());
        row.put("footnote", info.footnote());
        return row;
    }

    public static List<Map<String, Object>> chapters(ParsedPlan plan) {
        String planId = plan.plan().id();
        return plan.chapters().stream().map(chapter -> {
            Map<String, Object> row = new HashMap<>();
            row.put("key", chapterKey(planId, chapter.ordinal()));
            row.put("planId", planId);
            row.put("numeral", chapter.numeral());
            row.put("ordinal", chapter.ordinal());
            row.put("title", chapter.title());
            row.put("line", chapter.line());
            return row;
        }).toList();
    }

    public static List<Map<String, Object>> sections(ParsedPlan plan) {
        String planId = plan.plan().id();
        return plan.sections().stream().map(section -> {
            int chapterOrdinal = section.chapterOrdinal();
            Map<String, Object> properties = new HashMap<>();
            properties.put("key", sectionKey(planId, chapterOrdinal, section.position()));
            properties.put("planId", planId);
            properties.put("chapter", section.chapter());
            properties.put("position", section.position());
            properties.put("number", section.number());
            properties.put("name", section.name());
            properties.put("line", section.line());
            return Map.<String, Object>of("chapterKey", chapterKey(planId, chapterOrdinal), "properties", properties);
        }).toList();
    }

    public static List<Map<String, Object>> units(ParsedPlan plan) {
        String jurisdiction = plan.plan().jurisdiction();
        return plan.units().stream().map(unit -> Map.<String, Object>of("key", JurisdictionKeys.of(jurisdiction,
                        unit.name()), "name", unit.name(), "jurisdiction", jurisdiction, "kind", unit.kind().name(),
                        "aliases", unit.aliases(), "isTown", unit.isTown()))
                .toList();
    }

    public static List<Map<String, Object>> memberships(ParsedPlan plan) {
        String jurisdiction = plan.plan().jurisdiction();
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Unit unit : plan.units()) {
            unit.members().forEach(member -> rows.add(Map.of("collective", JurisdictionKeys.of(jurisdiction, unit.name()),
                    "member", JurisdictionKeys.of(jurisdiction, member))));
        }
        return rows;
    }

    public static List<Map<String, Object>> tasks(ParsedPlan plan) {
        String planId = plan.plan().id();
        return plan.tasks().stream().map(task -> {
            Map<String, Object> properties = new HashMap<>();
            properties.put("key", taskKey(planId, task.number()));
            properties.put("planId", planId);
            properties.put("number", task.number());
            properties.put("text", task.text());
            properties.put("line", task.line());
            properties.put("location", task.location().toString());
            properties.put("leaderSource", task.leaderSource().name());
            properties.put("leaderLine", task.leaderLine());
            properties.put("unitsLine", task.unitsLine());
            String key = sectionKey(planId, task.chapterOrdinal(), task.sectionPosition());
            return Map.<String, Object>of("sectionKey", key, "properties", properties);
        }).toList();
    }

    public static List<Map<String, Object>> oversight(ParsedPlan plan) {
        String planId = plan.plan().id();
        List<Map<String, Object>> rows = new ArrayList<>();
        for (ParsedTask task : plan.tasks()) {
            for (int i = 0; i < task.leaders().size(); i++) {
                Map<String, Object> row = new HashMap<>();
                row.put("official", task.leaders().get(i));
                row.put("officialKey", JurisdictionKeys.of(plan.plan().jurisdiction(), task.leaders().get(i)));
                row.put("jurisdiction", plan.plan().jurisdiction());
                row.put("taskKey", taskKey(planId, task.number()));
                row.put("leaderSource", task.leaderSource().name());
                row.put("position", i + 1);
                row.put("line", task.leaderLine());
                rows.add(row);
            }
        }
        return rows;
    }

    public static List<Map<String, Object>> assignments(ParsedPlan plan) {
        String planId = plan.plan().id();
        List<Map<String, Object>> rows = new ArrayList<>();
        for (ParsedTask task : plan.tasks()) {
            for (int i = 0; i < task.units().size(); i++) {
                UnitAssignment assignment = task.units().get(i);
                Map<String, Object> row = new HashMap<>();
                row.put("unit", assignment.unit());
                row.put("unitKey", JurisdictionKeys.of(plan.plan().jurisdiction(), assignment.unit()));
                row.put("taskKey", taskKey(planId, task.number()));
                row.put("relationship", assignment.role().relationship());
                row.put("asWritten", assignment.asWritten());
                row.put("position", i + 1);
                row.put("capacity", assignment.capacity());
                row.put("line", task.unitsLine());
                row.put("location", task.unitsLocation() == null ? null : task.unitsLocation().toString());
                rows.add(row);
            }
        }
        return rows;
    }

    public static List<Map<String, Object>> diagnostics(ParsedPlan plan) {
        // A diagnostic's line in a text plan (plan.txt:12), its row in a workbook or table (plan.xlsx!row 12).
        boolean table = plan.tasks().stream().anyMatch(task -> task.location().cell() != null);
        String at = plan.plan().source() + (table ? "!row " : ":");
        return plan.diagnostics().stream().map((Diagnostic d) -> Map.<String, Object>of("planId", plan.plan().id(),
                "code", d.code().name(), "line", d.line(), "message", d.message(), "location", at + d.line())).toList();
    }
}
