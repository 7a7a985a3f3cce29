// After a load that wrote at least half of the plans the graph holds (the first load into an empty store, above
// all): resamples the indexes, waits for the samples (at most $timeoutSeconds) and clears the query caches, so that
// the next statements are planned on what the graph now holds. Without it the planner kept the empty store's
// samples for up to ten seconds (its own resampling period) and, on a freshly loaded store, joined every task of a
// plan where one index seek per unit was meant (35 ms instead of 5), a plan it then kept in its cache.
CALL db.prepareForReplanning($timeoutSeconds)
