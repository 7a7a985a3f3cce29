package io.dutygraph.graph.query;

import io.dutygraph.graph.store.ResultRow;
import io.dutygraph.graph.store.ResultValue;
import io.dutygraph.plan.LeaderSource;
import io.dutygraph.plan.Role;
import java.util.function.Function;

/** Maps the map projections the read statements return ({@code t {.*}}, {@code u {.name, …}}) to records. */
final class ViewMapping {

    private ViewMapping() {
    }

    static TaskView task(ResultValue t) {
        String leaderSource = t.get("leaderSource").asString(null);
        return new TaskView(t.get("key").asString(), t.get("planId").asString(), t.get("number").asInt(),
                t.get("text").asString(null), t.get("line").asInteger(),
                leaderSource == null ? null : LeaderSource.valueOf(leaderSource), t.get("leaderLine").asInteger(),
                t.get("location").asString(null));
    }

    static UnitView unit(ResultValue u) {
        return new UnitView(u.get("key").asString(), u.get("name").asString(), u.get("jurisdiction").asString(),
                u.get("kind").asString("OTHER"),
                u.get("aliases").asList(ResultValue::asString),
                u.get("isTown").asBoolean(false));
    }

    static OfficialView official(ResultValue o) {
        return new OfficialView(o.get("key").asString(), o.get("name").asString(), o.get("jurisdiction").asString());
    }

    static ChapterView chapter(ResultValue c) {
        return new ChapterView(c.get("key").asString(), c.get("planId").asString(), c.get("numeral").asString(),
                c.get("ordinal").asInt(), c.get("title").asString(null), c.get("line").asInt(),
                c.get("taskCount").asInt(0));
    }

    static SectionView section(ResultValue s) {
        return new SectionView(s.get("key").asString(), s.get("planId").asString(), s.get("chapterKey").asString(),
                s.get("number").asInteger(), s.get("position").asInt(), s.get("name").asString(null), s.get("line").asInt());
    }

    static PlanView plan(ResultValue p) {
        return new PlanView(p.get("id").asString(), p.get("title").asString(null), p.get("issuer").asString(null),
                p.get("jurisdiction").asString(null), p.get("year").asInteger(),
                p.get("date").isNull() ? null : p.get("date").asObject().toString(),
                p.get("approvedBy").asString(null), p.get("declaredTaskCount").asInteger(), p.get("taskCount").asInt(),
                p.get("source").asString(""), p.get("loadedAt").asString());
    }

    static AssignmentView assignment(ResultRow row) {
        return assignment(task(row.get("task")), row::get);
    }

    /** An assignment of {@code task} from its columns ({@code unit}, {@code relationship}, …), by name. */
    static AssignmentView assignment(TaskView task, Function<String, ResultValue> column) {
        return new AssignmentView(task, unit(column.apply("unit")),
                Role.ofRelationship(column.apply("relationship").asString()),
                column.apply("asWritten").asString(), column.apply("capacity").asString(null),
                column.apply("viaCollective").asString(null), column.apply("line").asInteger(),
                column.apply("position").asInt(0), column.apply("location").asString(null));
    }

    /** The relationship type of a role filter; null (any role) for null. */
    static String relationship(Role role) {
        return role == null ? null : role.relationship();
    }
}
