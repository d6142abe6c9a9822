// The hash of the report rows the database was last seeded with, so `npm start` reloads the reports
// when the parser or loader changed what they produce (not only into an empty database).
// Params: none. Returns: nodes (seeded nodes present), version (null when never recorded)
OPTIONAL MATCH (m:SeedMeta {id: 'seed'})
RETURN COUNT { MATCH (n:Seeded) } AS nodes, m.version AS version
