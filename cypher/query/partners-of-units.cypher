// For each given unit (by key), the other units sharing tasks of one plan with it (collectives expanded on both
// sides; a collective's own members are not its partners), with the shared tasks, most shared first.
MATCH (u:Unit)<-[:INCLUDES*0..1]-(:Unit)-[:LEADS|SUPPORTS|PROVIDES_DATA_FOR|RESPONSIBLE_FOR]->(t:Task {planId: $planId})
WHERE u.key IN $keys
MATCH (t)<-[:LEADS|SUPPORTS|PROVIDES_DATA_FOR|RESPONSIBLE_FOR]-(:Unit)-[:INCLUDES*0..1]->(p:Unit)
WHERE p <> u AND NOT (p)-[:INCLUDES]->() AND NOT (u)-[:INCLUDES]->(p)
WITH u, p, t ORDER BY t.number
WITH u, p, collect(DISTINCT t {.*}) AS tasks
RETURN u.key AS key, p {.key, .name, .jurisdiction, .kind, .aliases, isTown: p:Town} AS unit, size(tasks) AS sharedTaskCount, tasks
ORDER BY u.key, sharedTaskCount DESC, p.name
