package io.dutygraph.plan;

import java.util.Arrays;

/** The part a unit plays in a task, and the graph relationship that records it. */
public enum Role {
    /** Marked ★: a lead unit (several ★ are parallel lead units). */
    LEAD("LEADS"),
    /** Shares responsibility without leading. */
    SUPPORT("SUPPORTS"),
    /** Named by the footnote as mainly providing data (区统计局, 吴江海关), when not marked ★. */
    DATA_PROVIDER("PROVIDES_DATA_FOR"),
    /** Named in a single responsible-units column with no lead marker: the plan does not say lead or support. */
    UNSTATED("RESPONSIBLE_FOR");

    private final String relationship;

    Role(String relationship) {
        this.relationship = relationship;
    }

    /** The type of the unit → task relationship in the graph. */
    public String relationship() {
        return relationship;
    }

    /** The role a unit → task relationship type records. */
    public static Role ofRelationship(String relationship) {
        return Arrays.stream(values()).filter(role -> role.relationship.equals(relationship)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Not an assignment relationship: " + relationship));
    }
}
