// Officials and units no plan refers to any more (left behind by a replaced plan).
MATCH (n)
WHERE (n:Official AND NOT (n)-[:OVERSEES]->())
   OR (n:Unit AND NOT (n)-[:LEADS|SUPPORTS|PROVIDES_DATA_FOR]->() AND NOT (n)-[:INCLUDES]-())
DETACH DELETE n
