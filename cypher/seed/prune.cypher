// Seed loader, last step: removes seeded nodes and relationships that the current reports no longer
// produce, so a reload equals a fresh load. Params: $ids (node ids), $keys (relationship keys).
// Returns: nodesDeleted, relationshipsDeleted
OPTIONAL MATCH (:Seeded)-[r]->(:Seeded)
WHERE r.seedKey IS NOT NULL AND NOT r.seedKey IN $keys
DELETE r
WITH count(r) AS relationshipsDeleted
OPTIONAL MATCH (n:Seeded)
WHERE NOT n.id IN $ids
DETACH DELETE n
RETURN count(n) AS nodesDeleted, relationshipsDeleted
