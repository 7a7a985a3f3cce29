// The first units by name, each with its first 20 tasks in one plan (also through collectives) and their leaders.
MATCH (u:Unit)
WITH u ORDER BY u.name LIMIT $first
WITH collect(u) AS page, collect(u.key) AS keys
// From the units by key (a unique index seek), as the app's statement does: on a freshly loaded store the planner
// otherwise may join every task of the plan with each unit (18 ms instead of 4).
CALL (keys) {
  MATCH (u:Unit)<-[:INCLUDES*0..1]-(:Unit)-[:LEADS|SUPPORTS|PROVIDES_DATA_FOR]->(t:Task {planId: $plan})
  WHERE u.key IN keys
  WITH u, t ORDER BY t.number
  WITH u, collect(DISTINCT t) AS tasks
  // The first 20 tasks: the default page of DutyGraph's Unit.tasks connection.
  RETURN collect({key: u.key, tasks: [t IN tasks[0..20] | t {.number, leaders: [(o:Official)-[:OVERSEES]->(t) | o.name]}]}) AS byUnit
}
UNWIND page AS u
RETURN u.name AS name, [x IN byUnit WHERE x.key = u.key | x.tasks][0] AS tasks
