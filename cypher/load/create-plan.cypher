// The plan nodes with the documents' metadata, each linked to its jurisdiction. The plans of one load share its
// time (the transaction's clock, as update-plan.cypher); loadOrder tells them apart.
UNWIND $plans AS plan
CREATE (p:Plan)
SET p = plan, p.loadedAt = datetime.transaction()
MERGE (j:Jurisdiction {name: plan.jurisdiction})
CREATE (p)-[:OF_JURISDICTION]->(j)
