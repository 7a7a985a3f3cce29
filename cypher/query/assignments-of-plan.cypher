// Every (unit, task) assignment of a plan, collectives expanded to their members, optionally for one
// chapter (numeral or ordinal) and one relationship type: the raw material of the coordination network.
MATCH (t:Task {planId: $planId})-[:IN_SECTION]->(:Section)-[:IN_CHAPTER]->(c:Chapter)
WHERE $chapter IS NULL OR c.numeral = $chapter OR toString(c.ordinal) = $chapter
MATCH (t)<-[r:LEADS|SUPPORTS|PROVIDES_DATA_FOR|RESPONSIBLE_FOR]-(w:Unit)
WHERE $relationship IS NULL OR type(r) = $relationship
OPTIONAL MATCH (w)-[:INCLUDES]->(member:Unit)
WITH t, r, w, coalesce(member, w) AS u
RETURN t {.*} AS task, u {.key, .name, .jurisdiction, .kind, .aliases, isTown: u:Town} AS unit, type(r) AS relationship,
       r.asWritten AS asWritten, r.capacity AS capacity, r.line AS line, r.location AS location, r.position AS position,
       CASE WHEN u = w THEN null ELSE w.name END AS viaCollective
ORDER BY t.number, r.position
