package io.dutygraph.plan;

/** Kinds of oddities the parser reports. */
public enum DiagnosticCode {
    CHAPTER_TITLE_MISSING,
    CHAPTER_OUT_OF_ORDER,
    SECTION_NUMBER_MISSING,
    SECTION_NAME_MISSING,
    SECTION_NAME_REJOINED,
    SECTION_OUT_OF_ORDER,
    LEADER_INHERITED_ACROSS_SECTION,
    LEADER_CELL_MISSING,
    TASK_COUNT_MISMATCH,
    TASK_NUMBER_DUPLICATE,
    TASK_NUMBER_MISSING,
    TASK_NUMBER_OUT_OF_ORDER,
    /** Tasks written without a number (a table without a 序号 column), numbered by their position. */
    TASK_NUMBER_ASSIGNED,
    UNKNOWN_UNIT,
    UNITS_CELL_EMPTY,
    NO_LEAD_UNIT,
    METADATA_MISSING,
    /** A row after the header that is neither a task nor a heading (a note, a stray line). */
    ROW_NOT_READ,
    /** The last row has fewer cells than the header: the document is cut off. */
    ROW_INCOMPLETE,
    /** A row with more or fewer cells than the header: its cells cannot be matched to the columns; not read. */
    ROW_CELL_COUNT,
    /** A further table with a task table's header row in a .docx/.xlsx/.html: only the first one is read. */
    TABLE_NOT_READ,
    /** Text that looks like a task but could not be read with confidence. */
    TASK_NOT_READ,
    /** A leader cell that names a job title (常务副区长) instead of an official. */
    LEADER_NOT_A_NAME,
    /** Two spellings of one unit in a plan without a unit directory (发改委, 区发改委) taken as one unit. */
    UNIT_SPELLINGS_MERGED,
    /** A table column whose header word names units or officials in a way no column knows (督办单位): not read. */
    COLUMN_NOT_READ,
    /** A mark before a unit other than ★ (▲): its meaning is the plan's own, so the unit is read without it. */
    UNIT_MARK_NOT_READ
}
