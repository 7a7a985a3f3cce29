// The lead officials of the given tasks, in written order.
MATCH (o:Official)-[r:OVERSEES]->(t:Task)
WHERE t.key IN $taskKeys
RETURN t.key AS taskKey, o {.key, .name, .jurisdiction} AS official
ORDER BY r.position
