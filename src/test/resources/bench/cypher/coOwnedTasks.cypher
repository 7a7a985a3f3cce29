// Tasks of a plan on which every named unit (by canonical name) holds an assignment, collectives expanded.
UNWIND $units AS name
MATCH (:Unit {name: name})<-[:INCLUDES*0..1]-(:Unit)-[:LEADS|SUPPORTS|PROVIDES_DATA_FOR]->(t:Task {planId: $plan})
WITH t, count(DISTINCT name) AS owners
WHERE owners = size($units)
RETURN t.number AS number, t.text AS text
ORDER BY t.number
