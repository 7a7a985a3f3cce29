// The plan node with the document's metadata.
CREATE (p:Plan)
SET p = $plan, p.loadedAt = datetime()
