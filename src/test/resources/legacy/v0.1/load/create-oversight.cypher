// (:Official)-[:OVERSEES]->(:Task): leaderSource and the line of the leader cell the names were read from.
UNWIND $oversight AS o
MERGE (official:Official {name: o.official})
WITH official, o
MATCH (t:Task {key: o.taskKey})
CREATE (official)-[:OVERSEES {leaderSource: o.leaderSource, position: o.position, line: o.line}]->(t)
