// Every unit's canonical name, aliases and jurisdiction: to resolve an alias or suggest close names within a
// jurisdiction.
MATCH (u:Unit)
RETURN u.name AS name, u.aliases AS aliases, u.jurisdiction AS jurisdiction
ORDER BY u.name
