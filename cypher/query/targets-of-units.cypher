// The targets of the tasks of one plan the given units (by key) hold an assignment on (also through a collective
// that includes them), optionally of one relationship type; task and text order.
MATCH (u:Unit)<-[:INCLUDES*0..1]-(:Unit)-[r:LEADS|SUPPORTS|PROVIDES_DATA_FOR|RESPONSIBLE_FOR]->(t:Task {planId: $planId})
WHERE u.key IN $keys AND ($relationship IS NULL OR type(r) = $relationship)
WITH DISTINCT u, t
MATCH (t)-[:HAS_TARGET]->(g:Target)
RETURN u.key AS key, t {.*} AS task, g {.*} AS target
ORDER BY t.number, g.position
