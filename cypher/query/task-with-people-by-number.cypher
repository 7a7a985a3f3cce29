// One task of a plan by its number with its lead officials and every unit of its units cell, each in written order,
// as leaders-of-tasks.cypher and assignments-of-tasks.cypher read them: what Query.task needs when the task's leaders
// or units are asked too, in one statement instead of three.
MATCH (t:Task {planId: $planId, number: $number})
RETURN t {.*} AS task,
       COLLECT {
           MATCH (o:Official)-[l:OVERSEES]->(t)
           RETURN o {.key, .name, .jurisdiction} AS official ORDER BY l.position
       } AS leaders,
       COLLECT {
           MATCH (u:Unit)-[r:LEADS|SUPPORTS|PROVIDES_DATA_FOR|RESPONSIBLE_FOR]->(t)
           RETURN {unit: u {.key, .name, .jurisdiction, .kind, .aliases, isTown: u:Town}, relationship: type(r),
                   asWritten: r.asWritten, capacity: r.capacity, line: r.line, location: r.location,
                   position: r.position} AS assignment ORDER BY r.position
       } AS assignments
