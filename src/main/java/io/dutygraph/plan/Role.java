package io.dutygraph.plan;

/** The part a unit plays in a task. */
public enum Role {
    /** Marked ★: a lead unit (several ★ are parallel lead units). */
    LEAD,
    /** Shares responsibility without leading. */
    SUPPORT,
    /** Named by the footnote as mainly providing data (区统计局, 吴江海关), when not marked ★. */
    DATA_PROVIDER
}
