// Sections by key ("<planId>/<chapter ordinal>/<position>"): what a global id names.
MATCH (s:Section)-[:IN_CHAPTER]->(c:Chapter)
WHERE s.key IN $keys
RETURN s {.*, chapterKey: c.key} AS section
