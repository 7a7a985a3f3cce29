// What each plan holds in the graph: the figures the loader reports.
UNWIND $planIds AS planId
MATCH (p:Plan {id: planId})
CALL (p) { MATCH (:Task {planId: p.id}) RETURN count(*) AS tasks }
CALL (p) { MATCH (:Task {planId: p.id})<-[r:LEADS|SUPPORTS|PROVIDES_DATA_FOR]-() RETURN count(r) AS assignments }
CALL (p) { MATCH (:Task {planId: p.id})<-[:LEADS|SUPPORTS|PROVIDES_DATA_FOR]-(u:Unit) RETURN count(DISTINCT u) AS units }
CALL (p) { MATCH (:Task {planId: p.id})<-[:OVERSEES]-(o:Official) RETURN count(DISTINCT o) AS officials }
CALL (p) { MATCH (:Task {planId: p.id})<-[r:OVERSEES]-() RETURN count(r) AS oversights }
RETURN p.id AS planId, tasks, assignments, units, officials, oversights
