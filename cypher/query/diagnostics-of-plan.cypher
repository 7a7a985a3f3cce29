// What the parser reported while reading one plan, in line order.
MATCH (d:Diagnostic {planId: $planId})
RETURN d.code AS code, d.line AS line, d.message AS message, d.location AS location
ORDER BY d.line, d.code
