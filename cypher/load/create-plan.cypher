// The plan nodes with the documents' metadata, each linked to its jurisdiction.
UNWIND $plans AS plan
CREATE (p:Plan)
SET p = plan, p.loadedAt = datetime()
MERGE (j:Jurisdiction {name: plan.jurisdiction})
CREATE (p)-[:OF_JURISDICTION]->(j)
