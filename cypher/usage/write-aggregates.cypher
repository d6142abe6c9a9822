// Writes one batch of a usage import's aggregates (src/modules/usage/ingest/materialise.ts): per row a
// relationship of kind r.k from the consumer (an agency or the unattributed consumer) to an asset
// (OBSERVED_ASSET) or to the import's document (OBSERVED_TOTAL, OBSERVED_UNPROVIDED), holding
// documentId, recordedAt, months and the counts. Params: $json, the rows [{c, t, k, p}] as one JSON
// string. Returns: written
UNWIND apoc.convert.fromJsonList($json) AS r
OPTIONAL MATCH (ca:Seeded {id: r.c}) WHERE ca:Agency
OPTIONAL MATCH (cr:UsageResidual {id: r.c})
OPTIONAL MATCH (x:Asset {id: r.t})
OPTIONAL MATCH (d:SourceDocument {id: r.t}) WHERE d:UsageImport
WITH r, coalesce(ca, cr) AS c, x, d
WHERE c IS NOT NULL AND ((r.k = 'OBSERVED_ASSET' AND x IS NOT NULL) OR (r.k <> 'OBSERVED_ASSET' AND d IS NOT NULL))
FOREACH (_ IN CASE WHEN r.k = 'OBSERVED_ASSET' THEN [1] ELSE [] END | CREATE (c)-[u:OBSERVED_ASSET]->(x) SET u = r.p)
FOREACH (_ IN CASE WHEN r.k = 'OBSERVED_TOTAL' THEN [1] ELSE [] END | CREATE (c)-[u:OBSERVED_TOTAL]->(d) SET u = r.p)
FOREACH (_ IN CASE WHEN r.k = 'OBSERVED_UNPROVIDED' THEN [1] ELSE [] END | CREATE (c)-[u:OBSERVED_UNPROVIDED]->(d) SET u = r.p)
RETURN count(*) AS written
