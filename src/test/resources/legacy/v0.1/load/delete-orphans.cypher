// Of the units and officials a replaced plan referred to, those no plan refers to any more.
CALL () {
  UNWIND $officialNames AS name
  MATCH (o:Official {name: name})
  WHERE NOT (o)-[:OVERSEES]->()
  DETACH DELETE o
}
CALL () {
  UNWIND $unitNames AS name
  MATCH (u:Unit {name: name})
  WHERE NOT (u)-[:LEADS|SUPPORTS|PROVIDES_DATA_FOR]->() AND NOT (u)-[:INCLUDES]-()
  DETACH DELETE u
}
