// For each given unit (by key), the officials overseeing the tasks of one plan it leads (also through a collective),
// most such tasks first.
MATCH (u:Unit)<-[:INCLUDES*0..1]-(:Unit)-[:LEADS]->(t:Task {planId: $planId})<-[:OVERSEES]-(o:Official)
WHERE u.key IN $keys
WITH u, o, count(DISTINCT t) AS tasks
RETURN u.key AS unit, o {.key, .name, .jurisdiction} AS official
ORDER BY u.key, tasks DESC, o.name
