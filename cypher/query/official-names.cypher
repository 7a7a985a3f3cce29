// Every official's name: to resolve a spaced name or suggest close names.
MATCH (o:Official)
RETURN o.name AS name
ORDER BY o.name
