// A fingerprint of the seeded graph: counts per label and relationship type, and a hash over every
// property, so tests and the CLI can show that a reload changed nothing. Params: none.
// Returns: nodes, relationships, nodeHash, relHash
CALL {
  MATCH (n:Seeded)
  WITH n ORDER BY n.id
  RETURN count(n) AS nodes, apoc.util.md5(collect(apoc.convert.toJson([labels(n), properties(n)]))) AS nodeHash
}
CALL {
  MATCH (a:Seeded)-[r]->(b:Seeded)
  WITH a, r, b ORDER BY a.id, type(r), r.seedKey, b.id
  RETURN count(r) AS relationships, apoc.util.md5(collect(apoc.convert.toJson([a.id, type(r), b.id, properties(r)]))) AS relHash
}
RETURN nodes, relationships, nodeHash, relHash
