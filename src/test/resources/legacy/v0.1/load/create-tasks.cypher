UNWIND $tasks AS task
MATCH (s:Section {key: task.sectionKey})
CREATE (t:Task)-[:IN_SECTION]->(s)
SET t = task.properties
