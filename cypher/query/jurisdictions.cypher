// Every jurisdiction with the years of its plans (latest first), the one of the most recently loaded plan first.
MATCH (j:Jurisdiction)<-[:OF_JURISDICTION]-(p:Plan)
WITH j, p ORDER BY p.year DESC
WITH j, max(p.loadedAt) AS latest, collect(DISTINCT p.year) AS years
RETURN j.name AS name, years
ORDER BY latest DESC, name
