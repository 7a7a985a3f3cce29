// The sections of the given chapters, in order.
MATCH (s:Section)-[:IN_CHAPTER]->(c:Chapter)
WHERE c.key IN $chapterKeys
RETURN c.key AS chapterKey, s {.*, chapterKey: c.key} AS section
ORDER BY s.position
