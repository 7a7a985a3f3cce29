// Tasks of a plan on which every given unit (by key, distinct, at least one) holds an assignment (of $relationship,
// if not null); with $expandCollectives, an assignment of a collective (各区镇) counts for each of its members.
// Read from the units' side: each unit's own tasks are expanded once, instead of testing every task of the plan.
UNWIND $keys AS key
MATCH (:Unit {key: key})<-[:INCLUDES*0..1]-(w:Unit)-[r:LEADS|SUPPORTS|PROVIDES_DATA_FOR|RESPONSIBLE_FOR]->(t:Task {planId: $planId})
WHERE ($expandCollectives OR w.key = key) AND ($relationship IS NULL OR type(r) = $relationship)
WITH t, count(DISTINCT key) AS owners
WHERE owners = size($keys)
RETURN t {.*} AS task
ORDER BY t.number
