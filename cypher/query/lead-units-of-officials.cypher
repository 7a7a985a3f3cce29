// For each given official, the lead units of the tasks of one plan they oversee, most such tasks first.
MATCH (o:Official)-[:OVERSEES]->(t:Task {planId: $planId})<-[:LEADS]-(u:Unit)
WHERE o.name IN $names
WITH o, u, count(DISTINCT t) AS tasks
RETURN o.name AS official, u {.name, .kind, .aliases, isTown: u:Town} AS unit
ORDER BY o.name, tasks DESC, u.name
