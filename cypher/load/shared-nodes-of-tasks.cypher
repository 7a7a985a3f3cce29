// The units and officials the given tasks refer to, before those tasks are removed or their leaders and units
// rewritten: the only candidates for orphans afterwards (delete-orphans.cypher).
UNWIND $taskKeys AS key
MATCH (:Task {key: key})<-[:OVERSEES|LEADS|SUPPORTS|PROVIDES_DATA_FOR|RESPONSIBLE_FOR]-(n)
WITH DISTINCT n
RETURN [x IN collect(n) WHERE x:Unit | x.key] AS unitKeys,
       [x IN collect(n) WHERE x:Official | x.key] AS officialKeys
