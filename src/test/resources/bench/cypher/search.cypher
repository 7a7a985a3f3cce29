// Full-text search over task text (cjk analyzer) inside one plan, best match first.
CALL db.index.fulltext.queryNodes('taskText', $text) YIELD node, score
WHERE node.planId = $plan
RETURN node.number AS number, node.text AS text
ORDER BY score DESC, node.number
LIMIT 20
