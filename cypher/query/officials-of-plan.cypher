// Officials overseeing tasks of one plan, most tasks first.
MATCH (o:Official)-[:OVERSEES]->(t:Task {planId: $planId})
WITH o, count(t) AS tasks
RETURN o {.key, .name, .jurisdiction} AS official, tasks
ORDER BY tasks DESC, o.name
