// Per plan, a digest of each chapter's, section's and task's content as just written (keys and digests in parallel
// lists): the plan's next load compares its new version with them and writes only what changed.
UNWIND $digests AS digest
MERGE (d:PlanDigest {planId: digest.planId})
SET d = digest
