// One window of a plan's targets matching a filter (every filter parameter may be null), in task and text order,
// with the number of matching targets over all pages. $unit and $official are keys; $unit also matches through a
// collective that includes it. An empty page still returns one row carrying the total.
MATCH (t:Task {planId: $planId})-[:HAS_TARGET]->(g:Target)
MATCH (t)-[:IN_SECTION]->(:Section)-[:IN_CHAPTER]->(c:Chapter)
WHERE ($chapter IS NULL OR c.numeral = $chapter OR toString(c.ordinal) = $chapter)
  AND ($unit IS NULL OR EXISTS {
        MATCH (:Unit {key: $unit})<-[:INCLUDES*0..1]-(:Unit)-[r:LEADS|SUPPORTS|PROVIDES_DATA_FOR|RESPONSIBLE_FOR]->(t)
        WHERE $relationship IS NULL OR type(r) = $relationship })
  AND ($unit IS NOT NULL OR $relationship IS NULL OR EXISTS {
        MATCH (:Unit)-[r:LEADS|SUPPORTS|PROVIDES_DATA_FOR|RESPONSIBLE_FOR]->(t) WHERE type(r) = $relationship })
  AND ($official IS NULL OR EXISTS { (:Official {key: $official})-[:OVERSEES]->(t) })
  AND ($metric IS NULL OR g.metric CONTAINS $metric)
  AND ($bound IS NULL OR g.bound = $bound)
WITH t, g ORDER BY t.number, g.position
WITH collect({task: t {.*}, target: g {.*}}) AS matched
// The window by sort key: after $after…, before $before…, then the first $first or the last $last.
WITH matched, size(matched) AS totalCount,
     CASE WHEN $afterNumber IS NULL THEN 0 ELSE size([x IN matched WHERE x.task.number < $afterNumber OR x.task.number = $afterNumber AND x.target.position <= $afterPosition]) END AS low
WITH matched, totalCount, low,
     CASE WHEN $beforeNumber IS NULL THEN totalCount ELSE size([x IN matched WHERE x.task.number < $beforeNumber OR x.task.number = $beforeNumber AND x.target.position < $beforePosition]) END AS below
WITH matched, totalCount, low, CASE WHEN below < low THEN low ELSE below END AS high
WITH matched, totalCount, low, CASE WHEN $first IS NULL OR low + $first > high THEN high ELSE low + $first END AS upTo
WITH matched, totalCount, upTo, CASE WHEN $last IS NULL OR upTo - $last < low THEN low ELSE upTo - $last END AS start
WITH totalCount, start, matched[start..upTo] AS page
UNWIND CASE WHEN page = [] THEN [null] ELSE page END AS row
RETURN totalCount, start, row.task AS task, row.target AS target
