UNWIND $diagnostics AS d
MATCH (p:Plan {id: d.planId})
CREATE (n:Diagnostic)-[:REPORTED_IN]->(p)
SET n = d
