// Connection changes between two days, per agency and asset: each pair's link valid on $from against
// the one valid on $to (per agency, the latest snapshot on or before the day that covers it; a link it
// does not list was not there: src/kernel/time.ts), so any two days compare, not only two snapshots.
// Params: $from, $to (ISO days), $kinds [AgencyKind], $knownAt (ISO instant or null: only what was
// recorded by then). Returns: agencyId, agencyName, assetId, assetName, fromStatus, toStatus (null: none)
MATCH (a:Agency)-[c:CONNECTED_TO]->(asset:Asset)
WHERE a.kind IN $kinds AND a.era = 2023 AND c.validFrom <= $to
  AND ($knownAt IS NULL OR (coalesce(c.recordedAt, '') <= $knownAt AND coalesce(a.recordedAt, '') <= $knownAt))
// The day each of the two dates sees for this agency: its latest covering snapshot on or before it.
CALL {
    WITH a
    OPTIONAL MATCH (a)-[r:REPORTED_IN]->()
    WHERE $knownAt IS NULL OR coalesce(r.recordedAt, '') <= $knownAt
    RETURN max(CASE WHEN r.validFrom <= $from THEN r.validFrom END) AS fromDay,
           max(CASE WHEN r.validFrom <= $to THEN r.validFrom END) AS toDay
}
WITH a, asset, collect(CASE WHEN c.validFrom = fromDay THEN c.status END) AS fromStatuses,
     collect(CASE WHEN c.validFrom = toDay THEN c.status END) AS toStatuses
WITH a, asset, head(fromStatuses) AS fromStatus, head(toStatuses) AS toStatus
WHERE fromStatus IS NOT NULL OR toStatus IS NOT NULL
RETURN a.id AS agencyId, a.name AS agencyName, asset.id AS assetId, asset.name AS assetName, fromStatus, toStatus
ORDER BY a.sortName, asset.number, assetId
