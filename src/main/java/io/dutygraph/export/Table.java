package io.dutygraph.export;

import io.dutygraph.graph.store.CypherStatement;
import io.dutygraph.graph.store.ResultRow;
import io.dutygraph.graph.store.ResultValue;
import io.dutygraph.plan.Role;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/** The tables an auditor exports: their statement, their header and how a result row becomes a table row. */
public enum Table {

    /** One row per task × unit written in its units cell. */
    ASSIGNMENTS("assignments", CypherStatement.EXPORT_ASSIGNMENTS,
            List.of("plan", "chapter", "chapter title", "section number", "section", "task", "text", "leaders",
                    "leader source", "leader line", "unit", "role", "as written", "capacity", "task location",
                    "units location"),
            row -> List.of(row.get("plan").asString(), text(row, "chapter"), text(row, "chapterTitle"),
                    number(row, "sectionNumber"), text(row, "section"), number(row, "task"), text(row, "text"),
                    names(row, "leaders"), text(row, "leaderSource"), number(row, "leaderLine"), text(row, "unit"),
                    Role.ofRelationship(row.get("relationship").asString()).name(), text(row, "asWritten"),
                    text(row, "capacity"), text(row, "taskLocation"), text(row, "unitsLocation"))),

    /** One row per measurable target. */
    TARGETS("targets", CypherStatement.EXPORT_TARGETS,
            List.of("plan", "chapter", "section", "task", "metric", "value", "unit", "bound", "as written", "offset",
                    "leaders", "lead units", "location"),
            row -> List.of(row.get("plan").asString(), text(row, "chapter"), text(row, "section"), number(row, "task"),
                    text(row, "metric"), number(row, "value"), text(row, "unit"), text(row, "bound"), text(row, "text"),
                    number(row, "offset"), names(row, "leaders"), names(row, "leadUnits"), text(row, "location")));

    private final String fileName;
    private final CypherStatement statement;
    private final List<String> header;
    private final Function<ResultRow, List<Object>> row;

    Table(String fileName, CypherStatement statement, List<String> header, Function<ResultRow, List<Object>> row) {
        this.fileName = fileName;
        this.statement = statement;
        this.header = header;
        this.row = row;
    }

    /** The table by its file name ({@code assignments}), if there is one. */
    public static java.util.Optional<Table> named(String name) {
        return Arrays.stream(values()).filter(table -> table.fileName.equals(name)).findFirst();
    }

    public String fileName() {
        return fileName;
    }

    CypherStatement statement() {
        return statement;
    }

    List<String> header() {
        return header;
    }

    List<Object> row(ResultRow result) {
        return row.apply(result);
    }

    // Empty cells are empty strings: List.of refuses nulls, and CSV and XLSX both write them as empty.
    private static Object text(ResultRow row, String column) {
        return row.get(column).asString("");
    }

    private static Object number(ResultRow row, String column) {
        Object value = row.get(column).asObject();
        return value == null ? "" : value;
    }

    private static Object names(ResultRow row, String column) {
        return String.join("、", row.get(column).asList(ResultValue::asString));
    }
}
