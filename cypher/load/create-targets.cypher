// The measurable targets read from each task's text (地区生产总值增长5%以上), one node each, hanging off its task.
UNWIND $targets AS target
MATCH (t:Task {key: target.taskKey})
CREATE (t)-[:HAS_TARGET]->(g:Target)
SET g = target.properties
