// The plans that break what every load writes: an id, a jurisdiction it is linked to, a source, a load time, and
// tasks. A healthy graph returns no row; the app is not ready while any is returned.
MATCH (p:Plan)
WITH p, COUNT { (:Task {planId: p.id}) } AS tasks
WHERE p.id IS NULL OR p.source IS NULL OR NOT p.loadedAt IS :: ZONED DATETIME OR tasks = 0
   OR NOT EXISTS { (p)-[:OF_JURISDICTION]->(:Jurisdiction {name: p.jurisdiction}) }
RETURN coalesce(toString(p.id), '(no id)') AS plan, tasks
LIMIT 10
