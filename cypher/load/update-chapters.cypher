// Chapters kept by a plan's new version with other content: rewritten in place, their sections stay linked.
UNWIND $chapters AS chapter
MATCH (c:Chapter {key: chapter.key})
SET c = chapter
