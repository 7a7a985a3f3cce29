// The first units by name, each with its first 20 tasks in one plan (also through collectives) and their leaders.
MATCH (u:Unit)
WITH u ORDER BY u.name LIMIT $first
CALL (u) {
  OPTIONAL MATCH (u)<-[:INCLUDES*0..1]-(:Unit)-[:LEADS|SUPPORTS|PROVIDES_DATA_FOR]->(t:Task {planId: $plan})
  WITH DISTINCT t ORDER BY t.number
  // The first 20 tasks: the default page of DutyGraph's Unit.tasks connection.
  RETURN collect(t {.number, leaders: [(o:Official)-[:OVERSEES]->(t) | o.name]})[0..20] AS tasks
}
RETURN u.name AS name, tasks
