// Counts seeded nodes to decide whether `npm start` must seed. Params: none. Returns: nodes
MATCH (n:Seeded) RETURN count(n) AS nodes
