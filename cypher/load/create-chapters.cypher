UNWIND $chapters AS chapter
MATCH (p:Plan {id: $planId})
CREATE (c:Chapter)-[:IN_PLAN]->(p)
SET c = chapter
