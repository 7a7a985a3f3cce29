// Officials overseeing tasks of one plan, most tasks first.
MATCH (o:Official)-[:OVERSEES]->(t:Task {planId: $planId})
WITH o, count(t) AS tasks
RETURN o.name AS name
ORDER BY tasks DESC, o.name
