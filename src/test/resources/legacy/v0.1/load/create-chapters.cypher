UNWIND $chapters AS chapter
MATCH (p:Plan {id: chapter.planId})
CREATE (c:Chapter)-[:IN_PLAN]->(p)
SET c = chapter
