// One typed relationship per unit written in a task's units cell (LEADS, SUPPORTS or PROVIDES_DATA_FOR, as the
// role says), keeping the spelling as written and the line of the cell, so an auditor can go from any edge back
// to the document.
UNWIND $assignments AS a
MATCH (u:Unit {key: a.unitKey}), (t:Task {key: a.taskKey})
CREATE (u)-[r:$(a.relationship)]->(t)
SET r.asWritten = a.asWritten, r.position = a.position, r.capacity = a.capacity, r.line = a.line,
    r.location = a.location
