// The section of each given task.
MATCH (t:Task)-[:IN_SECTION]->(s:Section)-[:IN_CHAPTER]->(c:Chapter)
WHERE t.key IN $taskKeys
RETURN t.key AS taskKey, s {.*, chapterKey: c.key} AS section
