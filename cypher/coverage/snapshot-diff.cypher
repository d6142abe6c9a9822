// Connection changes between two snapshots, per agency and asset. Params: $from, $to (Snapshot),
// $kinds [AgencyKind]. Returns: agencyId, agencyName, assetId, assetName, fromStatus, toStatus
MATCH (a:Agency)-[c:CONNECTED_TO]->(asset:Asset)
WHERE a.kind IN $kinds AND a.era = 2023 AND c.snapshot IN [$from, $to]
WITH a, asset,
     head([x IN collect(c) WHERE x.snapshot = $from | x.status]) AS fromStatus,
     head([x IN collect(c) WHERE x.snapshot = $to | x.status]) AS toStatus
RETURN a.id AS agencyId, a.name AS agencyName, asset.id AS assetId, asset.name AS assetName, fromStatus, toStatus
ORDER BY a.sortName, asset.number, assetId
