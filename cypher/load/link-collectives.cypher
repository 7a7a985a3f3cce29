// A collective such as 各区镇 includes its member towns (of the same jurisdiction).
UNWIND $memberships AS m
MATCH (collective:Unit {key: m.collective}), (member:Unit {key: m.member})
MERGE (collective)-[:INCLUDES]->(member)
