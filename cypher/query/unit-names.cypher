// Every unit's canonical name and aliases: to resolve an alias or suggest close names.
MATCH (u:Unit)
RETURN u.name AS name, u.aliases AS aliases
ORDER BY u.name
