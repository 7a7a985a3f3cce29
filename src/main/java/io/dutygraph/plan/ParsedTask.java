package io.dutygraph.plan;

import java.util.List;

/**
 * One numbered task (重点工作目标任务) with its lead officials and responsible units.
 *
 * @param number          the task number as written
 * @param chapter         numeral of its chapter
 * @param chapterOrdinal  1-based position of its chapter in the plan
 * @param sectionPosition position of its section inside the chapter
 * @param sectionNumber   its section's number, {@code null} for a section with an empty 序号 cell
 * @param section         its section's name
 * @param text            the task text exactly as written, without the leading {@code N.}
 * @param line            1-based source line of the task text
 * @param leaders         lead officials (牵头领导), spaces removed, in written order
 * @param leaderSource    where the leaders come from: its own cell, a merged cell above, or an empty cell
 * @param leaderLine      1-based source line of the leader cell the leaders were read from, {@code null} if none
 * @param units           responsible units (责任单位) in written order
 * @param unitsLine       1-based source line of the units cell, {@code null} when the cell is absent
 * @param location        where the task's text is written: a text line, a workbook cell, a table cell
 * @param unitsLocation   where its units cell is written, {@code null} when the cell is absent
 */
public record ParsedTask(int number, String chapter, int chapterOrdinal, int sectionPosition, Integer sectionNumber, String section,
        String text, int line, List<String> leaders, LeaderSource leaderSource, Integer leaderLine,
        List<UnitAssignment> units, Integer unitsLine, SourceLocation location, SourceLocation unitsLocation) {

    public ParsedTask {
        leaders = List.copyOf(leaders);
        units = List.copyOf(units);
    }

    /** Canonical names of the lead (★) units, in written order. */
    public List<String> leadUnits() {
        return units.stream().filter(UnitAssignment::lead).map(UnitAssignment::unit).toList();
    }
}
