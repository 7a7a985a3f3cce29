// Of the units and officials a replaced plan referred to, those no plan refers to any more; and jurisdictions
// left without a plan.
CALL () {
  UNWIND $officialKeys AS key
  MATCH (o:Official {key: key})
  WHERE NOT (o)-[:OVERSEES]->()
  DETACH DELETE o
}
CALL () {
  UNWIND $unitKeys AS key
  MATCH (u:Unit {key: key})
  WHERE NOT (u)-[:LEADS|SUPPORTS|PROVIDES_DATA_FOR|RESPONSIBLE_FOR]->() AND NOT (u)-[:INCLUDES]-()
  DETACH DELETE u
}
CALL () {
  MATCH (j:Jurisdiction)
  WHERE NOT (j)<-[:OF_JURISDICTION]-()
  DETACH DELETE j
}
