// The plan nodes with the documents' metadata.
UNWIND $plans AS plan
CREATE (p:Plan)
SET p = plan, p.loadedAt = datetime()
