// The distinct tasks of the given units (by key) in one plan, as tasks-of-units.cypher reads them, each with its
// lead officials in written order: what Unit.tasks needs when its tasks' leaders are asked too, in one statement
// instead of a second one for the leaders (leaders-of-tasks.cypher). Each task is read and sent once, with the keys
// of the given units it reaches, however many they are; one row holding the tasks in task-number order (a row per
// unit repeated each shared task, a row per task cost a record each over Bolt).
MATCH (u:Unit)<-[:INCLUDES*0..1]-(:Unit)-[r:LEADS|SUPPORTS|PROVIDES_DATA_FOR|RESPONSIBLE_FOR]->(t:Task {planId: $planId})
WHERE u.key IN $keys AND ($relationship IS NULL OR type(r) = $relationship)
WITH t, collect(DISTINCT u.key) AS unitKeys
ORDER BY t.number
RETURN collect({
    unitKeys: unitKeys,
    task: t {.key, .planId, .number, .text, .line, .leaderSource, .leaderLine, .location},
    leaders: COLLECT {
        MATCH (o:Official)-[l:OVERSEES]->(t)
        RETURN o {.key, .name, .jurisdiction} AS official ORDER BY l.position
    }
}) AS tasks
