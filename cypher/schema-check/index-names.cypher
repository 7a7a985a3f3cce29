// The names of the database's indexes (constraints' own indexes included).
SHOW INDEXES YIELD name
RETURN name
