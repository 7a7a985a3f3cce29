// The leaders and units of tasks whose leaders or units changed: removed, so create-oversight.cypher and
// create-assignments.cypher write them as the plan's new version has them.
UNWIND $taskKeys AS key
MATCH (:Task {key: key})<-[r:OVERSEES|LEADS|SUPPORTS|PROVIDES_DATA_FOR|RESPONSIBLE_FOR]-()
DELETE r
