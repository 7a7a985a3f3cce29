// Chapters by key ("<planId>/<ordinal>").
MATCH (c:Chapter)
WHERE c.key IN $keys
RETURN c {.*, taskCount: COUNT { (c)<-[:IN_CHAPTER]-(:Section)<-[:IN_SECTION]-(:Task) }} AS chapter
