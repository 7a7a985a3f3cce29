// Pairs of units sharing tasks in one plan (collectives expanded), with the tasks they share.
MATCH (t:Task {planId: $plan})<-[:LEADS|SUPPORTS|PROVIDES_DATA_FOR]-(w:Unit)
OPTIONAL MATCH (w)-[:INCLUDES]->(member:Unit)
WITH t, collect(DISTINCT coalesce(member, w)) AS units
UNWIND units AS a
UNWIND units AS b
WITH a, b, t WHERE a.name < b.name
RETURN a.name AS source, b.name AS target, count(t) AS sharedTaskCount, collect(t.number) AS tasks
