// V0001: plans belong to a jurisdiction and a year; units and officials are unique within a jurisdiction.
// Turns a graph written by the release before it (plans without jurisdiction, units and officials unique by
// name) into that model, losing nothing. Each statement runs in its own transaction and is idempotent, so a
// migration interrupted midway is simply run again at the next start.

// 1. The old uniqueness by name goes first: a unit used by two jurisdictions becomes two nodes of one name.
// (An index named like a constraint cannot coexist with it, so the schema's new name indexes come after.)
DROP CONSTRAINT unit_name IF EXISTS;
DROP CONSTRAINT official_name IF EXISTS;

// 2. Each plan's jurisdiction from its issuer (the same rule as MetadataReader: the first of these suffixes
// dropped), its year from the title's first 'NNNN年', else the date's year. A plan without an issuer keeps
// its own id as its jurisdiction (nothing is merged on a guess) and gets a METADATA_MISSING diagnostic.
MATCH (p:Plan)
WHERE p.jurisdiction IS NULL
WITH p, [s IN ['人民政府办公室', '人民政府', '政府办公室', '办公室']
         WHERE p.issuer ENDS WITH s AND size(p.issuer) > size(s)][0] AS suffix
SET p.jurisdiction = CASE
      WHEN p.issuer IS NULL THEN p.id
      WHEN suffix IS NULL THEN p.issuer
      ELSE left(p.issuer, size(p.issuer) - size(suffix)) END,
    p.year = coalesce([y IN range(1900, 2099) WHERE p.title CONTAINS toString(y) + '年'][0], p.date.year)
FOREACH (_ IN CASE WHEN p.issuer IS NULL THEN [1] ELSE [] END |
  CREATE (:Diagnostic {planId: p.id, code: 'METADATA_MISSING', line: 1,
    message: 'the jurisdiction is not stated (no issuer); the plan id stands for it'})-[:REPORTED_IN]->(p));

MATCH (p:Plan)
WHERE NOT (p)-[:OF_JURISDICTION]->()
MERGE (j:Jurisdiction {name: p.jurisdiction})
CREATE (p)-[:OF_JURISDICTION]->(j);

// 3. The jurisdictions each unit and official serves: those of the plans of its tasks (a town reached only
// through 各区镇 through the collective's tasks). A node serving none (none exist after a clean load) gets the
// first jurisdiction by name.
MATCH (u:Unit)
WHERE u.key IS NULL
CALL (u) {
  OPTIONAL MATCH (u)<-[:INCLUDES*0..1]-(:Unit)-[:LEADS|SUPPORTS|PROVIDES_DATA_FOR|RESPONSIBLE_FOR]->(t:Task)
  OPTIONAL MATCH (p:Plan {id: t.planId})
  WITH p.jurisdiction AS j ORDER BY j
  RETURN collect(DISTINCT j) AS js
}
CALL () {
  MATCH (j:Jurisdiction) WITH j.name AS name ORDER BY name
  RETURN collect(name)[0..1] AS first
}
WITH u, CASE WHEN js = [] THEN first ELSE js END AS served
SET u.migrationJurisdictions = served;

MATCH (o:Official)
WHERE o.key IS NULL
CALL (o) {
  OPTIONAL MATCH (o)-[:OVERSEES]->(t:Task)
  OPTIONAL MATCH (p:Plan {id: t.planId})
  WITH p.jurisdiction AS j ORDER BY j
  RETURN collect(DISTINCT j) AS js
}
CALL () {
  MATCH (j:Jurisdiction) WITH j.name AS name ORDER BY name
  RETURN collect(name)[0..1] AS first
}
WITH o, CASE WHEN js = [] THEN first ELSE js END AS served
SET o.migrationJurisdictions = served;

// 4. A node serving several jurisdictions is copied for each jurisdiction after its first, and the edges to
// that jurisdiction's tasks move to the copy (names were unique, so a copy names its original).
MATCH (u:Unit)
WHERE u.key IS NULL AND size(u.migrationJurisdictions) > 1
  AND NOT EXISTS { MATCH (c:Unit {name: u.name}) WHERE c.migrationCopy }
UNWIND u.migrationJurisdictions[1..] AS j
CREATE (c:Unit)
SET c = properties(u), c.jurisdiction = j, c.key = j + '/' + u.name, c.migrationCopy = true
REMOVE c.migrationJurisdictions
FOREACH (_ IN CASE WHEN u:Town THEN [1] ELSE [] END | SET c:Town)
WITH u, c, j
CALL (u, c, j) {
  MATCH (u)-[r:LEADS|SUPPORTS|PROVIDES_DATA_FOR|RESPONSIBLE_FOR]->(t:Task)
  WHERE EXISTS { (:Plan {id: t.planId, jurisdiction: j}) }
  CREATE (c)-[copy:$(type(r))]->(t)
  SET copy = properties(r)
  DELETE r
};

MATCH (o:Official)
WHERE o.key IS NULL AND size(o.migrationJurisdictions) > 1
  AND NOT EXISTS { MATCH (c:Official {name: o.name}) WHERE c.migrationCopy }
UNWIND o.migrationJurisdictions[1..] AS j
CREATE (c:Official)
SET c = properties(o), c.jurisdiction = j, c.key = j + '/' + o.name, c.migrationCopy = true
REMOVE c.migrationJurisdictions
WITH o, c, j
CALL (o, c, j) {
  MATCH (o)-[r:OVERSEES]->(t:Task)
  WHERE EXISTS { (:Plan {id: t.planId, jurisdiction: j}) }
  CREATE (c)-[copy:OVERSEES]->(t)
  SET copy = properties(r)
  DELETE r
};

// 5. The collectives' members, per jurisdiction: a copied collective includes the copies of its members.
MATCH (a:Unit)-[:INCLUDES]->(b:Unit)
WHERE a.migrationJurisdictions IS NOT NULL
MATCH (ac:Unit {name: a.name}) WHERE ac.migrationCopy
MATCH (bc:Unit {name: b.name, jurisdiction: ac.jurisdiction}) WHERE bc.migrationCopy
MERGE (ac)-[:INCLUDES]->(bc);

// 6. Every original keeps its first jurisdiction and gets its key.
MATCH (u:Unit)
WHERE u.key IS NULL
SET u.jurisdiction = u.migrationJurisdictions[0], u.key = u.migrationJurisdictions[0] + '/' + u.name
REMOVE u.migrationJurisdictions;

MATCH (o:Official)
WHERE o.key IS NULL
SET o.jurisdiction = o.migrationJurisdictions[0], o.key = o.migrationJurisdictions[0] + '/' + o.name
REMOVE o.migrationJurisdictions;

// 7. A collective includes the members of its own jurisdiction.
MATCH (a:Unit)-[r:INCLUDES]->(b:Unit)
WHERE a.jurisdiction <> b.jurisdiction
MATCH (member:Unit {key: a.jurisdiction + '/' + b.name})
MERGE (a)-[:INCLUDES]->(member)
DELETE r;

MATCH (n)
WHERE (n:Unit OR n:Official) AND n.migrationCopy IS NOT NULL
REMOVE n.migrationCopy;
