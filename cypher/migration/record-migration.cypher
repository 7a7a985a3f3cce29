// Records a migration as applied (MERGE: recording it twice changes nothing).
MERGE (m:Migration {version: $version})
SET m.description = $description, m.appliedAt = datetime()
