// The lead officials of the given tasks, in written order.
MATCH (o:Official)-[r:OVERSEES]->(t:Task)
WHERE t.key IN $taskKeys
RETURN t.key AS taskKey, o.name AS name
ORDER BY r.position
