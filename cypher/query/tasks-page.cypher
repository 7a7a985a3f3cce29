// One page of a plan's tasks matching a filter (every filter parameter may be null), in task-number order,
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
WITH size(matched) AS totalCount, matched[$offset..($offset + $limit)] AS page
UNWIND CASE WHEN page = [] THEN [null] ELSE page END AS t
RETURN totalCount, CASE WHEN t IS NULL THEN null ELSE t {.*} END AS task
