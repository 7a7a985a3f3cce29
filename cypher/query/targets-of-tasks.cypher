// The measurable targets of the given tasks, in text order.
MATCH (t:Task)-[:HAS_TARGET]->(g:Target)
WHERE t.key IN $taskKeys
RETURN t {.*} AS task, g {.*} AS target
ORDER BY t.number, g.position
