// The fixed cost of one statement through the driver: no data read.
RETURN 1 AS one
