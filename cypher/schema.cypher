// The graph's constraints and indexes. Every statement is idempotent (IF NOT EXISTS) and runs at every start,
// after the migrations (cypher/migrations/), which change what an older release wrote.
// Key formats other code relies on: Plan.id 'wujiang-2024'; Chapter.key '<planId>/<ordinal>';
// Section.key '<planId>/<chapterOrdinal>/<position>'; Task.key '<planId>/<number>';
// Target.key '<planId>/<task number>/<position>';
// Unit.key and Official.key '<jurisdiction>/<name>' (unique within a jurisdiction, shared by its years);
// PlanDigest.planId: one per plan, what its next load compares with (load/write-plan-digests.cypher).

CREATE CONSTRAINT plan_id IF NOT EXISTS FOR (p:Plan) REQUIRE p.id IS UNIQUE;
CREATE CONSTRAINT chapter_key IF NOT EXISTS FOR (c:Chapter) REQUIRE c.key IS UNIQUE;
CREATE CONSTRAINT section_key IF NOT EXISTS FOR (s:Section) REQUIRE s.key IS UNIQUE;
CREATE CONSTRAINT task_key IF NOT EXISTS FOR (t:Task) REQUIRE t.key IS UNIQUE;
CREATE CONSTRAINT official_key IF NOT EXISTS FOR (o:Official) REQUIRE o.key IS UNIQUE;
CREATE CONSTRAINT unit_key IF NOT EXISTS FOR (u:Unit) REQUIRE u.key IS UNIQUE;
CREATE CONSTRAINT jurisdiction_name IF NOT EXISTS FOR (j:Jurisdiction) REQUIRE j.name IS UNIQUE;
CREATE CONSTRAINT target_key IF NOT EXISTS FOR (g:Target) REQUIRE g.key IS UNIQUE;
CREATE CONSTRAINT plan_digest_plan_id IF NOT EXISTS FOR (d:PlanDigest) REQUIRE d.planId IS UNIQUE;
CREATE CONSTRAINT migration_version IF NOT EXISTS FOR (m:Migration) REQUIRE m.version IS UNIQUE;

CREATE INDEX task_number IF NOT EXISTS FOR (t:Task) ON (t.number);
CREATE INDEX task_plan_id IF NOT EXISTS FOR (t:Task) ON (t.planId);
CREATE INDEX chapter_plan_id IF NOT EXISTS FOR (c:Chapter) ON (c.planId);
CREATE INDEX section_plan_id IF NOT EXISTS FOR (s:Section) ON (s.planId);
CREATE INDEX target_plan_id IF NOT EXISTS FOR (g:Target) ON (g.planId);
CREATE INDEX diagnostic_plan_id IF NOT EXISTS FOR (d:Diagnostic) ON (d.planId);
CREATE INDEX plan_loaded_at IF NOT EXISTS FOR (p:Plan) ON (p.loadedAt);
CREATE INDEX plan_jurisdiction IF NOT EXISTS FOR (p:Plan) ON (p.jurisdiction);
CREATE INDEX unit_name IF NOT EXISTS FOR (u:Unit) ON (u.name);
CREATE INDEX unit_jurisdiction IF NOT EXISTS FOR (u:Unit) ON (u.jurisdiction);
CREATE INDEX official_name IF NOT EXISTS FOR (o:Official) ON (o.name);

// Full-text search over Chinese text: the cjk analyzer indexes overlapping character bigrams.
CREATE FULLTEXT INDEX taskText IF NOT EXISTS FOR (t:Task) ON EACH [t.text]
  OPTIONS { indexConfig: { `fulltext.analyzer`: 'cjk' } };
// Neo4j 5 full-text indexes LIST<STRING> properties element by element, so aliases is indexed as it is.
CREATE FULLTEXT INDEX unitNames IF NOT EXISTS FOR (u:Unit) ON EACH [u.name, u.aliases]
  OPTIONS { indexConfig: { `fulltext.analyzer`: 'cjk' } };

// Reads right after start-up must not find an index still populating.
CALL db.awaitIndexes(60);
