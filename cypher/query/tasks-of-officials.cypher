// The tasks of one plan the given officials oversee, in task-number order.
MATCH (o:Official)-[:OVERSEES]->(t:Task {planId: $planId})
WHERE o.name IN $names
RETURN o.name AS official, t {.*} AS task
ORDER BY t.number
