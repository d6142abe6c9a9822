// Counts nodes to decide whether the database still needs seeding. Params: none. Returns: nodes
MATCH (n) RETURN count(n) AS nodes
