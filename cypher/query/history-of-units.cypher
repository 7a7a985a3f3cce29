// The assignments of the given units (by key) in every loaded plan (also through a collective that includes them),
// plans by year then load order, tasks by number.
MATCH (u:Unit)<-[:INCLUDES*0..1]-(w:Unit)-[r:LEADS|SUPPORTS|PROVIDES_DATA_FOR|RESPONSIBLE_FOR]->(t:Task)
WHERE u.key IN $keys
MATCH (p:Plan {id: t.planId})
RETURN t {.*} AS task, u {.key, .name, .jurisdiction, .kind, .aliases, isTown: u:Town} AS unit, type(r) AS relationship,
       r.asWritten AS asWritten, r.capacity AS capacity, r.line AS line, r.location AS location, r.position AS position,
       CASE WHEN w = u THEN null ELSE w.name END AS viaCollective
ORDER BY p.year, p.loadedAt, t.number, r.position
