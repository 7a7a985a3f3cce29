// Tasks by key ("<planId>/<number>"): what a global id names.
MATCH (t:Task)
WHERE t.key IN $keys
RETURN t {.*} AS task
