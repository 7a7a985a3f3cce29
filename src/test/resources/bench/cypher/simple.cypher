// One task's number and text.
MATCH (t:Task {planId: $plan, number: $number})
RETURN t.number AS number, t.text AS text
