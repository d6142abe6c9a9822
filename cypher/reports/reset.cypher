// `npm run seed -- --reset`: removes every seeded node (and so its relationships). Params: none.
// Returns: deleted
MATCH (n:Seeded) DETACH DELETE n RETURN count(n) AS deleted
