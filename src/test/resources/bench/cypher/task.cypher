// One task with its leaders (in written order), lead units and support units.
MATCH (t:Task {planId: $plan, number: $number})
RETURN t.number AS number, t.text AS text, t.leaderSource AS leaderSource,
       [(o:Official)-[r:OVERSEES]->(t) | o.name] AS leaders,
       [(u:Unit)-[:LEADS]->(t) | u.name] AS leadUnits,
       [(u:Unit)-[:SUPPORTS|PROVIDES_DATA_FOR]->(t) | u.name] AS supportUnits
