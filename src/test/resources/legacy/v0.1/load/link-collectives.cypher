// A collective such as 各区镇 includes its member towns.
UNWIND $memberships AS m
MATCH (collective:Unit {name: m.collective}), (member:Unit {name: m.member})
MERGE (collective)-[:INCLUDES]->(member)
