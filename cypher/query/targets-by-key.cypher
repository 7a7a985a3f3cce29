// Targets by key, with their task: what a global id names.
MATCH (t:Task)-[:HAS_TARGET]->(g:Target)
WHERE g.key IN $keys
RETURN t {.*} AS task, g {.*} AS target
