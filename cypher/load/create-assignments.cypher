// One typed relationship per unit written in a task's units cell, keeping the spelling as written
// and the line of the cell, so an auditor can go from any edge back to the document.
UNWIND $assignments AS a
MATCH (u:Unit {name: a.unit}), (t:Task {key: a.taskKey})
FOREACH (_ IN CASE WHEN a.role = 'LEAD' THEN [1] ELSE [] END |
  CREATE (u)-[:LEADS {asWritten: a.asWritten, position: a.position, capacity: a.capacity, line: a.line}]->(t))
FOREACH (_ IN CASE WHEN a.role = 'SUPPORT' THEN [1] ELSE [] END |
  CREATE (u)-[:SUPPORTS {asWritten: a.asWritten, position: a.position, capacity: a.capacity, line: a.line}]->(t))
FOREACH (_ IN CASE WHEN a.role = 'DATA_PROVIDER' THEN [1] ELSE [] END |
  CREATE (u)-[:PROVIDES_DATA_FOR {asWritten: a.asWritten, position: a.position, capacity: a.capacity, line: a.line}]->(t))
