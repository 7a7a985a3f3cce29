// Sets aside what replaced plans no longer hold, or hold changed, before their new version is written in the same
// transaction: keys and planIds get the prefix $prefix, so new nodes take the real keys, and delete-plan.cypher
// (called with the prefixed plan ids) removes them last. Deleting first made every later index seek of the
// transaction merge all deleted nodes (Neo4j's transaction state): a reload cost several times a fresh load.
CALL () {
  UNWIND $targetsOfTasks AS key
  MATCH (:Task {key: key})-[:HAS_TARGET]->(g:Target)
  SET g.planId = $prefix + g.planId, g.key = $prefix + g.key
}
CALL () {
  UNWIND $tasks AS key
  MATCH (n:Task {key: key})
  SET n.planId = $prefix + n.planId, n.key = $prefix + n.key
}
CALL () {
  UNWIND $sections AS key
  MATCH (n:Section {key: key})
  SET n.planId = $prefix + n.planId, n.key = $prefix + n.key
}
CALL () {
  UNWIND $chapters AS key
  MATCH (n:Chapter {key: key})
  SET n.planId = $prefix + n.planId, n.key = $prefix + n.key
}
CALL () {
  UNWIND $diagnosticsOfPlans AS planId
  MATCH (n:Diagnostic {planId: planId})
  SET n.planId = $prefix + planId
}
