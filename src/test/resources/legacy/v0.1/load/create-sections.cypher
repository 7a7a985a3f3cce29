UNWIND $sections AS section
MATCH (c:Chapter {key: section.chapterKey})
CREATE (s:Section)-[:IN_CHAPTER]->(c)
SET s = section.properties
