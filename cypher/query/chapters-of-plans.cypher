// The chapters of the given plans, in order, with their task counts.
MATCH (c:Chapter)
WHERE c.planId IN $planIds
RETURN c {.*, taskCount: COUNT { (c)<-[:IN_CHAPTER]-(:Section)<-[:IN_SECTION]-(:Task) }} AS chapter
ORDER BY c.planId, c.ordinal
