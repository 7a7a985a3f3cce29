// The towns and zones (区镇) of one jurisdiction ($jurisdiction; when null, the most recent plan's).
CALL () {
  MATCH (p:Plan)
  RETURN p.jurisdiction AS latest ORDER BY p.loadedAt DESC, p.loadOrder DESC LIMIT 1
}
MATCH (u:Unit:Town {jurisdiction: coalesce($jurisdiction, latest)})
RETURN u {.key, .name, .jurisdiction, .kind, .aliases, isTown: true} AS unit
ORDER BY u.name
