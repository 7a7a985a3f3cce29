// Removes one plan's own nodes (tasks, sections, chapters, diagnostics, the plan) and their relationships.
// Units and officials are shared across plans and stay; see delete-orphans.cypher.
CALL () { MATCH (n:Task {planId: $planId}) DETACH DELETE n }
CALL () { MATCH (n:Section {planId: $planId}) DETACH DELETE n }
CALL () { MATCH (n:Chapter {planId: $planId}) DETACH DELETE n }
CALL () { MATCH (n:Diagnostic {planId: $planId}) DETACH DELETE n }
CALL () { MATCH (n:Plan {id: $planId}) DETACH DELETE n }
