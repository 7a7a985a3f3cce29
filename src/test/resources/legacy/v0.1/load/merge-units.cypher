// Units are shared by all plans of the district: merged by canonical name; towns also carry :Town.
UNWIND $units AS unit
MERGE (u:Unit {name: unit.name})
SET u.kind = unit.kind, u.aliases = unit.aliases
FOREACH (_ IN CASE WHEN unit.isTown THEN [1] ELSE [] END | SET u:Town)
