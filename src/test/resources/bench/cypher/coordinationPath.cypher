// The shortest chain unit → task → unit … between two units inside one plan.
MATCH (a:Unit {name: $from}), (b:Unit {name: $to})
MATCH p = shortestPath((a)-[:LEADS|SUPPORTS|PROVIDES_DATA_FOR*..12]-(b))
WHERE all(n IN nodes(p) WHERE NOT n:Task OR n.planId = $plan)
RETURN [n IN nodes(p) | coalesce(n.name, toString(n.number))] AS chain, [r IN relationships(p) | type(r)] AS roles
