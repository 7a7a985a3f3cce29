package io.dutygraph.graph;

import io.dutygraph.plan.LeaderSource;
import io.dutygraph.plan.Role;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

/** Maps the map projections the statements return ({@code t {.*}}, {@code u {.name, …}}) to records. */
final class Rows {

    private Rows() {
    }

    static TaskView task(Value t) {
        return new TaskView(t.get("key").asString(), t.get("planId").asString(), t.get("number").asInt(),
                t.get("text").asString(), t.get("line").asInt(), LeaderSource.valueOf(t.get("leaderSource").asString()),
                integer(t.get("leaderLine")));
    }

    static UnitView unit(Value u) {
        return new UnitView(u.get("name").asString(), u.get("kind").asString("OTHER"),
                u.get("aliases").isNull() ? java.util.List.of() : u.get("aliases").asList(Value::asString),
                u.get("isTown").asBoolean(false));
    }

    static ChapterView chapter(Value c) {
        return new ChapterView(c.get("key").asString(), c.get("planId").asString(), c.get("numeral").asString(),
                c.get("ordinal").asInt(), c.get("title").asString(null), c.get("line").asInt(),
                c.get("taskCount").asInt(0));
    }

    static SectionView section(Value s) {
        return new SectionView(s.get("key").asString(), s.get("planId").asString(), s.get("chapterKey").asString(),
                integer(s.get("number")), s.get("position").asInt(), s.get("name").asString(null), s.get("line").asInt());
    }

    static PlanView plan(Value p) {
        return new PlanView(p.get("id").asString(), p.get("title").asString(null), p.get("issuer").asString(null),
                p.get("date").isNull() ? null : p.get("date").asObject().toString(),
                p.get("approvedBy").asString(null), integer(p.get("declaredTaskCount")), p.get("taskCount").asInt(),
                p.get("source").asString(""), p.get("loadedAt").asString());
    }

    static AssignmentView assignment(Record row) {
        return new AssignmentView(task(row.get("task")), unit(row.get("unit")), role(row.get("relationship").asString()),
                row.get("asWritten").asString(), row.get("capacity").asString(null),
                row.get("viaCollective").asString(null), integer(row.get("line")), row.get("position").asInt(0));
    }

    static Role role(String relationship) {
        return switch (relationship) {
            case "LEADS" -> Role.LEAD;
            case "SUPPORTS" -> Role.SUPPORT;
            case "PROVIDES_DATA_FOR" -> Role.DATA_PROVIDER;
            default -> throw new IllegalStateException("Not an assignment relationship: " + relationship);
        };
    }

    static String relationship(Role role) {
        if (role == null) {
            return null;
        }
        return switch (role) {
            case LEAD -> "LEADS";
            case SUPPORT -> "SUPPORTS";
            case DATA_PROVIDER -> "PROVIDES_DATA_FOR";
        };
    }

    private static Integer integer(Value value) {
        return value.isNull() ? null : value.asInt();
    }
}
