// The agency × asset grid for a tier: every agency of the kinds, every asset asked for, and the
// connection facts between them. Params: $kinds [AgencyKind], $assetIds [ID] (empty = all numbered
// assets of 001 Phụ lục 1 and paygov). Returns one row per agency: id, name, facts [{assetId, snapshot, status}],
// and the asset columns in `assets` (same on every row).
CALL {
  MATCH (s:Asset)
  WHERE (size($assetIds) = 0 AND (s.number IS NOT NULL OR s.code = 'paygov')) OR s.id IN $assetIds
  RETURN collect(s {.id, .name, .number, .code}) AS assets
}
MATCH (a:Agency) WHERE a.kind IN $kinds AND a.era = 2023
OPTIONAL MATCH (a)-[c:CONNECTED_TO]->(s:Asset) WHERE s.id IN [x IN assets | x.id]
WITH assets, a, collect(CASE WHEN c IS NULL THEN NULL ELSE {assetId: s.id, snapshot: c.snapshot, status: c.status} END) AS facts
RETURN a.id AS id, a.name AS name, facts, assets
ORDER BY head(a.nameKeys), a.name
