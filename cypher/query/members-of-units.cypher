// The members of the given collectives (各区镇 → its towns).
MATCH (c:Unit)-[:INCLUDES]->(u:Unit)
WHERE c.name IN $names
RETURN c.name AS collective, u {.name, .kind, .aliases, isTown: u:Town} AS unit
ORDER BY u.name
