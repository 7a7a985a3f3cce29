// The members of the given collectives (by key) (各区镇 → its towns).
MATCH (c:Unit)-[:INCLUDES]->(u:Unit)
WHERE c.key IN $keys
RETURN c.key AS collective, u {.key, .name, .jurisdiction, .kind, .aliases, isTown: u:Town} AS unit
ORDER BY u.name
