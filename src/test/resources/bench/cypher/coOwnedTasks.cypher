// Tasks of a plan on which every named unit (by canonical name) holds an assignment, collectives expanded.
MATCH (t:Task {planId: $plan})
WHERE all(name IN $units WHERE EXISTS {
  MATCH (:Unit {name: name})<-[:INCLUDES*0..1]-(:Unit)-[:LEADS|SUPPORTS|PROVIDES_DATA_FOR]->(t) })
RETURN t.number AS number, t.text AS text
ORDER BY t.number
