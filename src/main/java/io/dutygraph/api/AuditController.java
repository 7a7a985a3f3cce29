package io.dutygraph.api;

import io.dutygraph.audit.AuditReport;
import io.dutygraph.audit.Finding;
import io.dutygraph.audit.GraphAudits;
import io.dutygraph.audit.Severity;
import java.util.List;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** The audit report of a plan, its findings filtered by severity or code. */
@Controller
@SchemaMapping(typeName = "AuditReport")
class AuditController {

    /** One code and how many findings carry it. */
    record FindingCount(String code, int count) {
    }

    private final GraphAudits audits;

    AuditController(GraphAudits audits) {
        this.audits = audits;
    }

    @QueryMapping
    AuditReport audit(@Argument String plan) {
        return audits.audit(plan);
    }

    @SchemaMapping
    List<Finding> findings(AuditReport report, @Argument Severity severity, @Argument String code) {
        return report.findings().stream()
                .filter(finding -> severity == null || finding.severity() == severity)
                .filter(finding -> code == null || finding.code().equals(code))
                .toList();
    }

    @SchemaMapping
    List<FindingCount> counts(AuditReport report) {
        return report.countsByCode().entrySet().stream().map(entry -> new FindingCount(entry.getKey(), entry.getValue()))
                .toList();
    }
}
