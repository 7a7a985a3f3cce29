package io.dutygraph.audit;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What an audit found in one plan: ordered by severity, then task, then code.
 *
 * @param plan              the plan's id
 * @param source            the document it was read from
 * @param declaredTaskCount the count the document declares (共118项), null if it declares none
 * @param readTaskCount     the tasks read
 * @param targetCount       the measurable targets read from the tasks' text
 * @param findings          the findings
 */
public record AuditReport(String plan, String source, Integer declaredTaskCount, int readTaskCount, int targetCount,
        List<Finding> findings) {

    public AuditReport {
        findings = List.copyOf(findings);
    }

    /** The number of findings of each code, by code. */
    public Map<String, Integer> countsByCode() {
        Map<String, Integer> counts = new TreeMap<>();
        findings.forEach(finding -> counts.merge(finding.code(), 1, Integer::sum));
        return counts;
    }

    /** The number of findings of one severity. */
    public long count(Severity severity) {
        return findings.stream().filter(finding -> finding.severity() == severity).count();
    }
}
