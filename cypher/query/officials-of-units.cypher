// For each given unit, the officials overseeing the tasks of one plan it leads (also through a collective),
// most such tasks first.
MATCH (u:Unit)<-[:INCLUDES*0..1]-(:Unit)-[:LEADS]->(t:Task {planId: $planId})<-[:OVERSEES]-(o:Official)
WHERE u.name IN $names
WITH u, o, count(DISTINCT t) AS tasks
RETURN u.name AS unit, o.name AS name
ORDER BY u.name, tasks DESC, o.name
