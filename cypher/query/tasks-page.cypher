// One window of a plan's tasks matching a filter (every filter parameter may be null), in task-number order,
// with the number of matching tasks over all pages. $unit and $official are keys. An empty page still returns one row carrying the total.
MATCH (t:Task {planId: $planId})-[:IN_SECTION]->(s:Section)-[:IN_CHAPTER]->(c:Chapter)
WHERE ($chapter IS NULL OR c.numeral = $chapter OR toString(c.ordinal) = $chapter)
  AND ($section IS NULL OR s.name = $section OR toString(s.number) = $section)
  AND ($unit IS NULL OR EXISTS {
        MATCH (:Unit {key: $unit})<-[:INCLUDES*0..1]-(:Unit)-[r:LEADS|SUPPORTS|PROVIDES_DATA_FOR|RESPONSIBLE_FOR]->(t)
        WHERE $relationship IS NULL OR type(r) = $relationship })
  AND ($unit IS NOT NULL OR $relationship IS NULL OR EXISTS {
        MATCH (:Unit)-[r:LEADS|SUPPORTS|PROVIDES_DATA_FOR|RESPONSIBLE_FOR]->(t) WHERE type(r) = $relationship })
  AND ($official IS NULL OR EXISTS { (:Official {key: $official})-[:OVERSEES]->(t) })
  AND ($leaderSource IS NULL OR t.leaderSource = $leaderSource)
  AND ($text IS NULL OR t.text CONTAINS $text)
  AND ($minLeadUnits IS NULL OR COUNT { (t)<-[:LEADS]-(:Unit) } >= $minLeadUnits)
WITH t ORDER BY t.number
WITH collect(t) AS matched
// The window by sort key: after $after…, before $before…, then the first $first or the last $last.
WITH matched, size(matched) AS totalCount,
     CASE WHEN $afterNumber IS NULL THEN 0 ELSE size([x IN matched WHERE x.number <= $afterNumber]) END AS low
WITH matched, totalCount, low,
     CASE WHEN $beforeNumber IS NULL THEN totalCount ELSE size([x IN matched WHERE x.number < $beforeNumber]) END AS below
WITH matched, totalCount, low, CASE WHEN below < low THEN low ELSE below END AS high
WITH matched, totalCount, low, CASE WHEN $first IS NULL OR low + $first > high THEN high ELSE low + $first END AS upTo
WITH matched, totalCount, upTo, CASE WHEN $last IS NULL OR upTo - $last < low THEN low ELSE upTo - $last END AS start
WITH totalCount, start, matched[start..upTo] AS page
UNWIND CASE WHEN page = [] THEN [null] ELSE page END AS t
RETURN totalCount, start, CASE WHEN t IS NULL THEN null ELSE t {.*} END AS task
