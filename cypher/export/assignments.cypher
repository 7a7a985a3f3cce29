// The assignments table of one plan: one row per task × unit written in its units cell (collectives as written),
// with where the task sits, its leaders and where each cell is written; task and written order.
MATCH (t:Task {planId: $planId})-[:IN_SECTION]->(s:Section)-[:IN_CHAPTER]->(c:Chapter)
MATCH (t)<-[r:LEADS|SUPPORTS|PROVIDES_DATA_FOR|RESPONSIBLE_FOR]-(u:Unit)
RETURN t.planId AS plan, c.numeral AS chapter, c.title AS chapterTitle, s.number AS sectionNumber, s.name AS section,
       t.number AS task, t.text AS text,
       COLLECT { MATCH (o:Official)-[x:OVERSEES]->(t) WITH o, x ORDER BY x.position RETURN o.name } AS leaders,
       t.leaderSource AS leaderSource, t.leaderLine AS leaderLine, u.name AS unit, type(r) AS relationship,
       r.asWritten AS asWritten, r.capacity AS capacity, t.location AS taskLocation, r.location AS unitsLocation
ORDER BY t.number, r.position
