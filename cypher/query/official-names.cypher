// Every official's name and jurisdiction: to resolve a spaced name or suggest close names within a jurisdiction.
MATCH (o:Official)
RETURN o.name AS name, o.jurisdiction AS jurisdiction
ORDER BY o.name
