// The units and officials the given plans' tasks refer to: the only candidates for orphans once they are replaced.
UNWIND $planIds AS planId
MATCH (:Task {planId: planId})<-[:OVERSEES|LEADS|SUPPORTS|PROVIDES_DATA_FOR|RESPONSIBLE_FOR]-(n)
WITH DISTINCT n
RETURN [x IN collect(n) WHERE x:Unit | x.key] AS unitKeys,
       [x IN collect(n) WHERE x:Official | x.key] AS officialKeys
