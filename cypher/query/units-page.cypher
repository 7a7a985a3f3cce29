// One page of one jurisdiction's units ($jurisdiction; when null, the most recent plan's) matching a filter (every filter parameter may be null), by canonical name,
// with the number of matching units over all pages. An empty page still returns one row carrying the total.
CALL () {
  MATCH (p:Plan)
  RETURN p.jurisdiction AS latest ORDER BY p.loadedAt DESC, p.loadOrder DESC LIMIT 1
}
MATCH (u:Unit {jurisdiction: coalesce($jurisdiction, latest)})
WHERE ($kind IS NULL OR u.kind = $kind)
  AND ($isTown IS NULL OR (u:Town) = $isTown)
  AND ($name IS NULL OR u.name CONTAINS $name OR any(alias IN u.aliases WHERE alias CONTAINS $name))
WITH u ORDER BY u.name
WITH collect(u) AS matched
WITH size(matched) AS totalCount, matched[$offset..($offset + $limit)] AS page
UNWIND CASE WHEN page = [] THEN [null] ELSE page END AS u
RETURN totalCount, CASE WHEN u IS NULL THEN null ELSE u {.key, .name, .jurisdiction, .kind, .aliases, isTown: u:Town} END AS unit
