package io.dutygraph.api;

/**
 * Batch key of a unit's or official's data in one plan: its key, its jurisdiction and the plan argument (null =
 * the most recent plan of that jurisdiction).
 */
record PlanScopedName(String key, String jurisdiction, String plan) {

    /** The arguments keys share to be answered by one statement. */
    String scope() {
        return plan != null ? "plan:" + plan : "jurisdiction:" + jurisdiction;
    }
}
