// Officials by key (jurisdiction + name): what a global id names.
MATCH (o:Official)
WHERE o.key IN $keys
RETURN o {.key, .name, .jurisdiction} AS official
