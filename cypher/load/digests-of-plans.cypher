// What the given plans hold now, to compare with their new version: the keys of their chapters, sections and tasks
// in the graph, and the digests of their content as last written (null for a plan written before digests were
// kept: every node of it then counts as changed).
UNWIND $planIds AS planId
OPTIONAL MATCH (d:PlanDigest {planId: planId})
RETURN planId,
       COLLECT { MATCH (c:Chapter {planId: planId}) RETURN c.key } AS chapterKeys,
       COLLECT { MATCH (s:Section {planId: planId}) RETURN s.key } AS sectionKeys,
       COLLECT { MATCH (t:Task {planId: planId}) RETURN t.key } AS taskKeys,
       d {.*} AS digest
