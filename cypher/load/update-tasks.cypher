// Tasks kept by a plan's new version (same number) with another text, line or section: rewritten in place, and
// moved when their section changed. Their leaders, units and targets stay unless they changed too.
UNWIND $tasks AS task
MATCH (t:Task {key: task.properties.key})
SET t = task.properties
WITH t, task
MATCH (t)-[r:IN_SECTION]->(s:Section)
WHERE s.key <> task.sectionKey
DELETE r
WITH t, task
MATCH (s:Section {key: task.sectionKey})
CREATE (t)-[:IN_SECTION]->(s)
