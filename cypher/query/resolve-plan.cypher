// The id of the plan asked for, or of the most recently loaded plan when $planId is null.
MATCH (p:Plan)
WHERE $planId IS NULL OR p.id = $planId
RETURN p.id AS planId
ORDER BY p.loadedAt DESC, p.loadOrder DESC
LIMIT 1
