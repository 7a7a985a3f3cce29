// The distinct tasks of the given units (by key) in one plan, also those reaching a unit through a collective that
// includes it, optionally through one relationship type; task-number order. One row per unit and task: what
// Unit.tasks needs, without the assignment's columns.
MATCH (u:Unit)<-[:INCLUDES*0..1]-(:Unit)-[r:LEADS|SUPPORTS|PROVIDES_DATA_FOR|RESPONSIBLE_FOR]->(t:Task {planId: $planId})
WHERE u.key IN $keys AND ($relationship IS NULL OR type(r) = $relationship)
WITH DISTINCT u.key AS unitKey, t
RETURN unitKey, t {.key, .planId, .number, .text, .line, .leaderSource, .leaderLine, .location} AS task
ORDER BY task.number
