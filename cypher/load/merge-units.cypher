// Units are shared by all plans of one jurisdiction: merged by key (jurisdiction + canonical name); towns also
// carry :Town.
UNWIND $units AS unit
MERGE (u:Unit {key: unit.key})
SET u.name = unit.name, u.jurisdiction = unit.jurisdiction, u.kind = unit.kind, u.aliases = unit.aliases
FOREACH (_ IN CASE WHEN unit.isTown THEN [1] ELSE [] END | SET u:Town)
