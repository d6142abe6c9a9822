// Importing an export into a fresh graph: the reports were known to the exported graph since $at, earlier
// than this graph's own seeding, so every seeded node and relationship recorded later takes $at as its
// record time (the users' data replayed with its original times would otherwise predate the seed it
// refers to). Plan: label scan of :Seeded, then their relationships carrying a seedKey.
// Params: $at (ISO time). Returns: nodes, relationships (record times moved)
CALL {
  MATCH (n:Seeded) WHERE n.recordedAt > $at
  SET n.recordedAt = $at
  RETURN count(n) AS nodes
}
CALL {
  MATCH (:Seeded)-[r]->() WHERE r.seedKey IS NOT NULL AND r.recordedAt > $at
  SET r.recordedAt = $at
  RETURN count(r) AS relationships
}
RETURN nodes, relationships
