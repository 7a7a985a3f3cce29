// (:Official)-[:OVERSEES]->(:Task): leaderSource and the line of the leader cell the names were read from.
// Officials are shared by the plans of one jurisdiction: merged by key (jurisdiction + name).
UNWIND $oversight AS o
MERGE (official:Official {key: o.officialKey})
ON CREATE SET official.name = o.official, official.jurisdiction = o.jurisdiction
WITH official, o
MATCH (t:Task {key: o.taskKey})
CREATE (official)-[:OVERSEES {leaderSource: o.leaderSource, position: o.position, line: o.line}]->(t)
