// The targets of the tasks of one plan the given officials (by key) oversee; task and text order.
MATCH (o:Official)-[:OVERSEES]->(t:Task {planId: $planId})-[:HAS_TARGET]->(g:Target)
WHERE o.key IN $keys
RETURN o.key AS key, t {.*} AS task, g {.*} AS target
ORDER BY t.number, g.position
