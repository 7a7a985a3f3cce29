// The targets table of one plan: one row per target, with where its task sits, who leads it and where it is written;
// task and text order.
MATCH (t:Task {planId: $planId})-[:HAS_TARGET]->(g:Target)
MATCH (t)-[:IN_SECTION]->(s:Section)-[:IN_CHAPTER]->(c:Chapter)
RETURN t.planId AS plan, c.numeral AS chapter, s.name AS section, t.number AS task, g.metric AS metric,
       g.value AS value, g.unit AS unit, g.bound AS bound, g.text AS text, g.offset AS offset,
       COLLECT { MATCH (o:Official)-[x:OVERSEES]->(t) WITH o, x ORDER BY x.position RETURN o.name } AS leaders,
       COLLECT { MATCH (u:Unit)-[r:LEADS]->(t) WITH u, r ORDER BY r.position RETURN u.name } AS leadUnits,
       g.location AS location
ORDER BY t.number, g.position
