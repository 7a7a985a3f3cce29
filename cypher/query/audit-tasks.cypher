// What an audit looks at for each task of one plan, in number order: where its cells are written, its leaders'
// source and count, the lines its section starts on and its chapter's heading is on, its units (role, kind,
// spelling, cell) and its targets.
MATCH (t:Task {planId: $planId})-[:IN_SECTION]->(s:Section)-[:IN_CHAPTER]->(c:Chapter)
CALL (t) {
  OPTIONAL MATCH (u:Unit)-[r:LEADS|SUPPORTS|PROVIDES_DATA_FOR|RESPONSIBLE_FOR]->(t)
  WITH u, r ORDER BY r.position
  RETURN collect(CASE WHEN u IS NULL THEN null ELSE {unit: u.name, kind: u.kind, relationship: type(r),
         asWritten: r.asWritten, location: r.location} END) AS assignments
}
CALL (t) {
  OPTIONAL MATCH (t)-[:HAS_TARGET]->(g:Target)
  WITH g ORDER BY g.position
  RETURN collect(g.text) AS targets
}
RETURN t.number AS number, t.location AS location, t.line AS line, t.leaderSource AS leaderSource,
       t.leaderLine AS leaderLine, t.unitsLine AS unitsLine, COUNT { (t)<-[:OVERSEES]-(:Official) } AS leaderCount,
       s.line AS sectionLine, c.line AS chapterLine, assignments, targets
ORDER BY t.number
