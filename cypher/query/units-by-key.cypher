// Units by key (jurisdiction + canonical name).
MATCH (u:Unit)
WHERE u.key IN $keys
RETURN u {.key, .name, .jurisdiction, .kind, .aliases, isTown: u:Town} AS unit
