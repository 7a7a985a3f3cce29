// After a load that wrote at least half of the plans the graph holds (the first load into an empty store, above
// all): every index the load changed by more than a few percent is resampled at once, in the background. Without it
// the planner kept the empty store's samples for up to ten seconds (Neo4j's own resampling period) and, on a freshly
// loaded store, joined every task of a plan where one index seek per unit was meant (30 ms instead of 5), a plan it
// then kept in its cache.
CALL db.resampleOutdatedIndexes()
