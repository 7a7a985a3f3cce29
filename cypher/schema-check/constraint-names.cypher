// The names of the database's constraints: with the index names, what tells whether schema.cypher has anything to do.
SHOW CONSTRAINTS YIELD name
RETURN name
