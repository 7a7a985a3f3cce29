// Every loaded plan with its task count, most recently loaded first.
MATCH (p:Plan)
RETURN p {.*, loadedAt: toString(p.loadedAt), taskCount: COUNT { (:Task {planId: p.id}) }} AS plan
ORDER BY p.loadedAt DESC, p.loadOrder DESC
