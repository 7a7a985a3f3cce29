// Units by canonical name.
MATCH (u:Unit)
WHERE u.name IN $names
RETURN u {.name, .kind, .aliases, isTown: u:Town} AS unit
