// Removes the given plans' own nodes (targets, tasks, sections, chapters, diagnostics, the plan) and their
// relationships; called with set-aside ids (set-aside-nodes.cypher), it removes what a reload replaced.
// Units and officials are shared across plans and stay; see delete-orphans.cypher.
UNWIND $planIds AS planId
CALL (planId) { MATCH (n:Target {planId: planId}) DETACH DELETE n }
CALL (planId) { MATCH (n:Task {planId: planId}) DETACH DELETE n }
CALL (planId) { MATCH (n:Section {planId: planId}) DETACH DELETE n }
CALL (planId) { MATCH (n:Chapter {planId: planId}) DETACH DELETE n }
CALL (planId) { MATCH (n:Diagnostic {planId: planId}) DETACH DELETE n }
CALL (planId) { MATCH (n:Plan {id: planId}) DETACH DELETE n }
