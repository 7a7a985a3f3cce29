// For each given official (by key), the lead units of the tasks of one plan they oversee, most such tasks first.
MATCH (o:Official)-[:OVERSEES]->(t:Task {planId: $planId})<-[:LEADS]-(u:Unit)
WHERE o.key IN $keys
WITH o, u, count(DISTINCT t) AS tasks
RETURN o.key AS official, u {.key, .name, .jurisdiction, .kind, .aliases, isTown: u:Town} AS unit
ORDER BY o.key, tasks DESC, u.name
