// The distinct tasks of the given units (by key) in one plan, as tasks-of-units.cypher reads them, each with its
// lead officials in written order: what Unit.tasks needs when its tasks' leaders are asked too, in one statement
// instead of a second one for the leaders (leaders-of-tasks.cypher). Each task's leaders are read once, however
// many of the units it reaches. One row per unit, its tasks in task-number order (one row per unit and task would be
// twenty times the records, each costing over Bolt).
MATCH (u:Unit)<-[:INCLUDES*0..1]-(:Unit)-[r:LEADS|SUPPORTS|PROVIDES_DATA_FOR|RESPONSIBLE_FOR]->(t:Task {planId: $planId})
WHERE u.key IN $keys AND ($relationship IS NULL OR type(r) = $relationship)
WITH t, collect(DISTINCT u.key) AS unitKeys
WITH t, unitKeys, COLLECT {
    MATCH (o:Official)-[l:OVERSEES]->(t)
    RETURN o {.key, .name, .jurisdiction} AS official ORDER BY l.position
} AS leaders
UNWIND unitKeys AS unitKey
WITH unitKey, t, leaders ORDER BY t.number
RETURN unitKey, collect({task: t {.key, .planId, .number, .text, .line, .leaderSource, .leaderLine, .location},
                         leaders: leaders}) AS tasks
