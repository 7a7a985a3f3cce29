// What prepare-for-replanning.cypher does, for a user without the admin right it needs (on an external server):
// the outdated indexes resampled in the background, the query caches left to renew themselves.
CALL db.resampleOutdatedIndexes()
