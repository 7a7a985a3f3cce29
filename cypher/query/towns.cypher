// The towns and zones (区镇).
MATCH (u:Unit:Town)
RETURN u {.name, .kind, .aliases, isTown: true} AS unit
ORDER BY u.name
