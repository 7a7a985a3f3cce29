// The graph's constraints and indexes. Every statement is idempotent (IF NOT EXISTS) and runs at every start.
// Key formats other code relies on: Plan.id 'wujiang-2024'; Chapter.key '<planId>/<ordinal>';
// Section.key '<planId>/<chapterOrdinal>/<position>'; Task.key '<planId>/<number>'.

CREATE CONSTRAINT plan_id IF NOT EXISTS FOR (p:Plan) REQUIRE p.id IS UNIQUE;
CREATE CONSTRAINT chapter_key IF NOT EXISTS FOR (c:Chapter) REQUIRE c.key IS UNIQUE;
CREATE CONSTRAINT section_key IF NOT EXISTS FOR (s:Section) REQUIRE s.key IS UNIQUE;
CREATE CONSTRAINT task_key IF NOT EXISTS FOR (t:Task) REQUIRE t.key IS UNIQUE;
CREATE CONSTRAINT official_name IF NOT EXISTS FOR (o:Official) REQUIRE o.name IS UNIQUE;
CREATE CONSTRAINT unit_name IF NOT EXISTS FOR (u:Unit) REQUIRE u.name IS UNIQUE;

CREATE INDEX task_number IF NOT EXISTS FOR (t:Task) ON (t.number);
CREATE INDEX task_plan_id IF NOT EXISTS FOR (t:Task) ON (t.planId);
CREATE INDEX chapter_plan_id IF NOT EXISTS FOR (c:Chapter) ON (c.planId);
CREATE INDEX section_plan_id IF NOT EXISTS FOR (s:Section) ON (s.planId);
CREATE INDEX diagnostic_plan_id IF NOT EXISTS FOR (d:Diagnostic) ON (d.planId);
CREATE INDEX plan_loaded_at IF NOT EXISTS FOR (p:Plan) ON (p.loadedAt);

// Full-text search over Chinese text: the cjk analyzer indexes overlapping character bigrams.
CREATE FULLTEXT INDEX taskText IF NOT EXISTS FOR (t:Task) ON EACH [t.text]
  OPTIONS { indexConfig: { `fulltext.analyzer`: 'cjk' } };
// Neo4j 5 full-text indexes LIST<STRING> properties element by element, so aliases is indexed as it is.
CREATE FULLTEXT INDEX unitNames IF NOT EXISTS FOR (u:Unit) ON EACH [u.name, u.aliases]
  OPTIONS { indexConfig: { `fulltext.analyzer`: 'cjk' } };

// Reads right after start-up must not find an index still populating.
CALL db.awaitIndexes(60);
