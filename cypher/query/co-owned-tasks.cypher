// Tasks of a plan on which every given unit (by key) holds an assignment (of $relationship, if not null);
// with $expandCollectives, an assignment of a collective (各区镇) counts for each of its members.
MATCH (t:Task {planId: $planId})
WHERE all(key IN $keys WHERE EXISTS {
  MATCH (u:Unit {key: key})<-[:INCLUDES*0..1]-(w:Unit)-[r:LEADS|SUPPORTS|PROVIDES_DATA_FOR|RESPONSIBLE_FOR]->(t)
  WHERE ($expandCollectives OR w = u) AND ($relationship IS NULL OR type(r) = $relationship) })
RETURN t {.*} AS task
ORDER BY t.number
