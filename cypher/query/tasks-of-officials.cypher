// The tasks of one plan the given officials (by key) oversee, in task-number order.
MATCH (o:Official)-[:OVERSEES]->(t:Task {planId: $planId})
WHERE o.key IN $keys
RETURN o.key AS official, t {.*} AS task
ORDER BY t.number
