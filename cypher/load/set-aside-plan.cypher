// Sets the given plans' own nodes aside before their new version is written in the same transaction: their ids,
// keys and planIds get the prefix $prefix, so the new nodes take the real ones, and delete-plan.cypher (called with
// the prefixed ids) removes the old ones last. Deleting first made every later index seek of the transaction merge
// all deleted nodes into a fresh set (Neo4j's transaction state): a reload cost several times a fresh load.
UNWIND $planIds AS planId
CALL (planId) { MATCH (n:Target {planId: planId}) SET n.planId = $prefix + planId, n.key = $prefix + n.key }
CALL (planId) { MATCH (n:Task {planId: planId}) SET n.planId = $prefix + planId, n.key = $prefix + n.key }
CALL (planId) { MATCH (n:Section {planId: planId}) SET n.planId = $prefix + planId, n.key = $prefix + n.key }
CALL (planId) { MATCH (n:Chapter {planId: planId}) SET n.planId = $prefix + planId, n.key = $prefix + n.key }
CALL (planId) { MATCH (n:Diagnostic {planId: planId}) SET n.planId = $prefix + planId }
CALL (planId) { MATCH (n:Plan {id: planId}) SET n.id = $prefix + planId }
