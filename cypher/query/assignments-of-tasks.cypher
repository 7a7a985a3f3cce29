// Every unit written in the given tasks' units cells, in written order, with role and spelling.
MATCH (u:Unit)-[r:LEADS|SUPPORTS|PROVIDES_DATA_FOR|RESPONSIBLE_FOR]->(t:Task)
WHERE t.key IN $taskKeys
RETURN t {.*} AS task, u {.key, .name, .jurisdiction, .kind, .aliases, isTown: u:Town} AS unit, type(r) AS relationship,
       r.asWritten AS asWritten, r.capacity AS capacity, r.line AS line, r.location AS location, r.position AS position,
       null AS viaCollective
ORDER BY r.position
