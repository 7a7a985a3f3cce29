// The chapter of each given task.
MATCH (t:Task)-[:IN_SECTION]->(:Section)-[:IN_CHAPTER]->(c:Chapter)
WHERE t.key IN $taskKeys
RETURN t.key AS taskKey, c {.*, taskCount: COUNT { (c)<-[:IN_CHAPTER]-(:Section)<-[:IN_SECTION]-(:Task) }} AS chapter
