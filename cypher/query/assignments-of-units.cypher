// The assignments of the given units (by key) in one plan, also those reaching a unit through a collective that
// includes it (viaCollective = the collective's name), optionally of one relationship type; task-number order.
MATCH (u:Unit)<-[:INCLUDES*0..1]-(w:Unit)-[r:LEADS|SUPPORTS|PROVIDES_DATA_FOR|RESPONSIBLE_FOR]->(t:Task {planId: $planId})
WHERE u.key IN $keys AND ($relationship IS NULL OR type(r) = $relationship)
RETURN t {.*} AS task, u {.key, .name, .jurisdiction, .kind, .aliases, isTown: u:Town} AS unit, type(r) AS relationship,
       r.asWritten AS asWritten, r.capacity AS capacity, r.line AS line, r.location AS location, r.position AS position,
       CASE WHEN w = u THEN null ELSE w.name END AS viaCollective
ORDER BY t.number, r.position
