package io.dutygraph.api;

/** Batch key of a unit's or official's data in one plan: name and plan argument (null = latest). */
record PlanScopedName(String name, String plan) {
}
