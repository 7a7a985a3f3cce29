// One window of one jurisdiction's units ($jurisdiction; when null, the most recent plan's) matching a filter (every filter parameter may be null), by canonical name,
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
// The window by sort key: after $after…, before $before…, then the first $first or the last $last.
WITH matched, size(matched) AS totalCount,
     CASE WHEN $afterName IS NULL THEN 0 ELSE size([x IN matched WHERE x.name <= $afterName]) END AS low
WITH matched, totalCount, low,
     CASE WHEN $beforeName IS NULL THEN totalCount ELSE size([x IN matched WHERE x.name < $beforeName]) END AS below
WITH matched, totalCount, low, CASE WHEN below < low THEN low ELSE below END AS high
WITH matched, totalCount, low, CASE WHEN $first IS NULL OR low + $first > high THEN high ELSE low + $first END AS upTo
WITH matched, totalCount, upTo, CASE WHEN $last IS NULL OR upTo - $last < low THEN low ELSE upTo - $last END AS start
WITH totalCount, start, matched[start..upTo] AS page
UNWIND CASE WHEN page = [] THEN [null] ELSE page END AS u
RETURN totalCount, start, CASE WHEN u IS NULL THEN null ELSE u {.key, .name, .jurisdiction, .kind, .aliases, isTown: u:Town} END AS unit
