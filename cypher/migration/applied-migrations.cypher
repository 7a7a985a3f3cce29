// The versions of the migrations this database has applied.
MATCH (m:Migration)
RETURN m.version AS version
