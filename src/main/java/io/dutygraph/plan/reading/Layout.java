package io.dutygraph.plan.reading;

/** The ways plans lay out their task tables, as DutyGraph recognises them (see README, Supported layouts). */
public enum Layout {
    /** A: the Wujiang flattened table, one cell per line with {@code |} lines between, merged cells left out. */
    FLATTENED_TABLE,
    /** A: one row per line, cells separated by {@code |}. */
    PIPE_ROWS,
    /** B and D: one cell per line, ending in {@code |} or separated by blank lines. */
    CELL_LINES,
    /** D: one row per line, cells separated by spaces, a cell spilling onto the following lines. */
    SPACED_ROWS,
    /** C: running text, each task closed by bracketed labels {@code [牵头单位:…;责任单位:…]}. */
    BRACKET_LABELS,
    /** C′: each task followed by labelled lines {@code 牵头责任单位:…}, {@code 部门分工:X牵头,Y配合}. */
    LABEL_LINES,
    /** A workbook, .docx or HTML table, merged cells explicit. */
    TABLE_FILE
}
