package io.dutygraph.plan;

/** Kinds of bodies that appear as responsible units. */
public enum UnitKind {
    /** A district government department (…局, …委, …办). */
    DEPARTMENT,
    /** A Party organ or mass organisation (区委组织部, 团区委, 妇联…). */
    PARTY_ORGAN,
    /** A town or zone (区镇). */
    TOWN,
    /** A name standing for several units, such as 各区镇. */
    COLLECTIVE,
    /** A state-owned enterprise (东方国资, 文旅集团…). */
    ENTERPRISE,
    /** A body outside the district government's line (税务局, 吴江海关…). */
    EXTERNAL_AGENCY,
    /** A task force or working group (污防攻坚办…). */
    TASK_FORCE,
    /** A unit not in the directory whose kind could not be told from its name. */
    OTHER
}
