// A replaced plan keeps its node (and its jurisdiction: same jurisdiction, year and title): its metadata as the
// new version has it, and the time of this load (the transaction's clock, as create-plan.cypher).
UNWIND $plans AS plan
MATCH (p:Plan {id: plan.id})
SET p = plan, p.loadedAt = datetime.transaction()
