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
// With $tasksPlanId, the page's units' distinct tasks in that plan (through $tasksRelationship, when given; also
// through collectives that include a unit), in task-number order, each with the keys of the units it reaches and its
// lead officials in written order: what Unit.tasks { leaders } needs, read with the page when Query.units sees it
// asked. Each task once, on the first row only; its text only with $tasksText (the longest property, sent for
// nothing when no one shows it), where it is written (line, leader source and line, location) only with
// $tasksSources; with neither, a task is its key, plan and number alone (a smaller map to build and hand over for
// each task than one with five nulls). Otherwise an empty list.
CALL (page) {
  WITH [unit IN page | unit.key] AS keys WHERE $tasksPlanId IS NOT NULL
  MATCH (u:Unit)<-[:INCLUDES*0..1]-(:Unit)-[r:LEADS|SUPPORTS|PROVIDES_DATA_FOR|RESPONSIBLE_FOR]->(t:Task {planId: $tasksPlanId})
  WHERE u.key IN keys AND ($tasksRelationship IS NULL OR type(r) = $tasksRelationship)
  WITH t, collect(DISTINCT u.key) AS unitKeys
  ORDER BY t.number
  RETURN collect({
      unitKeys: unitKeys,
      task: CASE WHEN $tasksText OR $tasksSources
                 THEN t {.key, .planId, .number, text: CASE WHEN $tasksText THEN t.text END,
                         line: CASE WHEN $tasksSources THEN t.line END,
                         leaderSource: CASE WHEN $tasksSources THEN t.leaderSource END,
                         leaderLine: CASE WHEN $tasksSources THEN t.leaderLine END,
                         location: CASE WHEN $tasksSources THEN t.location END}
                 ELSE t {.key, .planId, .number} END,
      leaders: COLLECT {
          MATCH (o:Official)-[l:OVERSEES]->(t)
          RETURN o {.key, .name, .jurisdiction} AS official ORDER BY l.position
      }
  }) AS tasks
}
UNWIND CASE WHEN page = [] THEN [null] ELSE range(0, size(page) - 1) END AS i
WITH totalCount, start, page[i] AS u, CASE WHEN i = 0 THEN tasks ELSE [] END AS tasks
RETURN totalCount, start, CASE WHEN u IS NULL THEN null ELSE u {.key, .name, .jurisdiction, .kind, .aliases, isTown: u:Town} END AS unit,
       tasks
