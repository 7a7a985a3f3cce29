// One task of a plan by its number.
MATCH (t:Task {planId: $planId, number: $number})
RETURN t {.*} AS task
