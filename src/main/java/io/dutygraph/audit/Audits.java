package io.dutygraph.audit;

import io.dutygraph.plan.ParsedPlan;

/** Audits a parsed document, without a database (the {@code audit FILE} command). */
public final class Audits {

    private Audits() {
    }

    /** The audit report of a parsed document. */
    public static AuditReport of(ParsedPlan plan) {
        return PlanAudit.audit(ParsedPlanFacts.of(plan));
    }
}
