// The plan asked for; when $planId is null, the most recently loaded plan of $jurisdiction (any, when null).
MATCH (p:Plan)
WHERE ($planId IS NULL OR p.id = $planId) AND ($planId IS NOT NULL OR $jurisdiction IS NULL OR p.jurisdiction = $jurisdiction)
RETURN p.id AS planId, p.jurisdiction AS jurisdiction, toString(p.loadedAt) AS loadedAt
ORDER BY p.loadedAt DESC, p.loadOrder DESC
LIMIT 1
