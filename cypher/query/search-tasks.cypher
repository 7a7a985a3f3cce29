// Full-text search over task text (cjk analyzer) inside one plan, best match first.
CALL db.index.fulltext.queryNodes('taskText', $query) YIELD node, score
WHERE node.planId = $planId
RETURN node {.*} AS task, score
ORDER BY score DESC, node.number
LIMIT $limit
