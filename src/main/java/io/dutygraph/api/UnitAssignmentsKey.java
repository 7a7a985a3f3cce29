package io.dutygraph.api;

import io.dutygraph.plan.Role;

/**
 * Batch key of a unit's assignments: unit key and jurisdiction, role (null = any) and plan argument (null = the
 * most recent plan of the unit's jurisdiction).
 */
record UnitAssignmentsKey(String key, String jurisdiction, Role role, String plan) {

    String scope() {
        return (role == null ? "" : role.name()) + "/" + (plan != null ? "plan:" + plan : "jurisdiction:" + jurisdiction);
    }
}
