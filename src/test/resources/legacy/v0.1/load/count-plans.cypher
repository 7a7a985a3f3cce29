// How many plans the graph holds (0 on a fresh database: the bundled plan is then loaded).
MATCH (p:Plan)
RETURN count(p) AS plans
