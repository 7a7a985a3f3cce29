package io.dutygraph.audit;

/** How much a finding weighs for an auditor. */
public enum Severity {
    /** The plan cannot be trusted as read: tasks missing, counted twice, cut off. */
    ERROR,
    /** Accountability is unclear: no leader, no lead unit, a unit nobody knows. */
    WARNING,
    /** Worth knowing when going back to the document: merged cells, several spellings. */
    INFO
}
