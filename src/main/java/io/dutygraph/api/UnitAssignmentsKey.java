package io.dutygraph.api;

import io.dutygraph.plan.Role;

/** Batch key of a unit's assignments: canonical unit name, role (null = any) and plan argument (null = latest). */
record UnitAssignmentsKey(String name, Role role, String plan) {
}
