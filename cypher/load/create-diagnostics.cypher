UNWIND $diagnostics AS d
MATCH (p:Plan {id: $planId})
CREATE (:Diagnostic {planId: $planId, code: d.code, line: d.line, message: d.message})-[:REPORTED_IN]->(p)
