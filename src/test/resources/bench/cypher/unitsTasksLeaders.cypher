// The first units by name, each with its first 20 tasks in one plan (also through collectives) and their leaders.
MATCH (u:Unit)
WITH u ORDER BY u.name LIMIT $first
// By key, so that the planner starts from each unit (a unique index seek) instead of joining every task of the
// plan, which it chose on a freshly loaded store (18 ms instead of 3).
WITH collect(u.key) AS keys
UNWIND keys AS key
MATCH (u:Unit {key: key})
CALL (u) {
  OPTIONAL MATCH (u)<-[:INCLUDES*0..1]-(:Unit)-[:LEADS|SUPPORTS|PROVIDES_DATA_FOR]->(t:Task {planId: $plan})
  WITH DISTINCT t ORDER BY t.number
  // The first 20 tasks: the default page of DutyGraph's Unit.tasks connection.
  RETURN collect(t {.number, leaders: [(o:Official)-[:OVERSEES]->(t) | o.name]})[0..20] AS tasks
}
RETURN u.name AS name, tasks
