// Seed loader, last step: removes seeded nodes and relationships that the current reports no longer
// produce, so a reload equals a fresh load. Only what the reports wrote is touched: relationships that
// cite one of the reports' documents, and nodes no other document cites. Rows a bulk or offline load
// wrote (the national-scale graph cites its own document) stay when `npm start` reloads the reports.
// Params: $ids (node ids), $keys (relationship keys), $documentIds (the reports' documentId values).
// Returns: nodesDeleted, relationshipsDeleted
OPTIONAL MATCH (:Seeded)-[r]->(:Seeded)
WHERE r.seedKey IS NOT NULL AND r.documentId IN $documentIds AND NOT r.seedKey IN $keys
DELETE r
WITH count(r) AS relationshipsDeleted
OPTIONAL MATCH (n:Seeded)
WHERE NOT n.id IN $ids AND NOT EXISTS { (n)-[x]-() WHERE x.seedKey IS NOT NULL AND NOT x.documentId IN $documentIds }
DETACH DELETE n
RETURN count(n) AS nodesDeleted, relationshipsDeleted
