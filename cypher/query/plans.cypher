// Every loaded plan (of one jurisdiction, when $jurisdiction is not null) with its task count, most recently
// loaded first.
MATCH (p:Plan)
WHERE $jurisdiction IS NULL OR p.jurisdiction = $jurisdiction
RETURN p {.*, loadedAt: toString(p.loadedAt), taskCount: COUNT { (:Task {planId: p.id}) }} AS plan
ORDER BY p.loadedAt DESC, p.loadOrder DESC
