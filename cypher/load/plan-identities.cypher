// Every loaded plan's id and identity (jurisdiction, year, title): a plan loaded again with the same identity
// keeps its id and replaces the earlier version; a new plan's id must not take another plan's.
MATCH (p:Plan)
RETURN p.id AS id, p.jurisdiction AS jurisdiction, p.year AS year, p.title AS title
