// Writes one batch of a usage import's aggregates (src/modules/usage/ingest/materialise.ts): per row a
// relationship of kind $k from the consumer (an agency or the unattributed consumer) to an asset
// (OBSERVED_ASSET, OBSERVED_CARRIER) or to the import's document (OBSERVED_TOTAL, OBSERVED_UNPROVIDED),
// holding documentId, recordedAt, months and the counts. Params: $json, the rows [{c, t, k, p}] as one
// JSON string. Returns: written
UNWIND apoc.convert.fromJsonList($json) AS r
OPTIONAL MATCH (ca:Seeded {id: r.c}) WHERE ca:Agency
OPTIONAL MATCH (cr:UsageResidual {id: r.c})
OPTIONAL MATCH (x:Asset {id: r.t})
OPTIONAL MATCH (d:UsageImport {id: r.t})
WITH r, coalesce(ca, cr) AS c, CASE WHEN r.k IN ['OBSERVED_TOTAL', 'OBSERVED_UNPROVIDED'] THEN d ELSE x END AS t
WHERE c IS NOT NULL AND t IS NOT NULL
CALL apoc.create.relationship(c, r.k, r.p, t) YIELD rel
RETURN count(rel) AS written
