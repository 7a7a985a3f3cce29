// Whether nothing was ever written to this database: no node at all (a count the store keeps, read without a scan).
// With no constraint either, no release wrote it, so the migrations, which rewrite what earlier releases wrote,
// have nothing to change: it is recorded at the latest version instead.
MATCH (n)
RETURN count(n) = 0 AS new
