// The tasks of the given sections, in task-number order.
MATCH (t:Task)-[:IN_SECTION]->(s:Section)
WHERE s.key IN $sectionKeys
RETURN s.key AS sectionKey, t {.*} AS task
ORDER BY t.number
