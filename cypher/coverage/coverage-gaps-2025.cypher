// Coverage gaps rolled up to 2025 units: each 2025 unit of the kinds with the 2023 units it came from
// (SUCCEEDED_BY), and for each part whether it had the required link. A 2025 unit is FULL when every
// part had it, PARTIAL when some did, NONE when none did. Params: $assetId, $kinds, $snapshots, $statuses,
// $asOf, $knownAt (as in coverage-gaps.cypher: the links valid on a day, the facts recorded by an instant).
// Returns one JSON object (src/db/run.ts): checked, units [{id, name, kind, coverage, parts [{id, name, ok, has}]}] by name.
MATCH (asset:Asset {id: $assetId})
MATCH (u:Agency) WHERE u.kind IN $kinds AND u.era = 2025
MATCH (p:Agency)-[:SUCCEEDED_BY]->(u)
OPTIONAL MATCH (p)-[c:CONNECTED_TO]->(asset)
WHERE ($knownAt IS NULL OR coalesce(c.recordedAt, '') <= $knownAt)
  AND ($asOf IS NULL OR (c.validFrom <= $asOf AND NOT EXISTS {
      MATCH (p)-[r:REPORTED_IN]->() WHERE c.validFrom < r.validFrom <= $asOf AND ($knownAt IS NULL OR coalesce(r.recordedAt, '') <= $knownAt) }))
WITH u, p, collect(c) AS links
ORDER BY p.sortName
WITH u, collect({
    id: p.id, name: p.name,
    ok: any(c IN links WHERE c.snapshot IN $snapshots AND c.status IN $statuses),
    has: [c IN links | {snapshot: c.snapshot, status: c.status, section: c.section, locator: c.locator, text: c.text}]
}) AS parts
WITH u, parts, size([x IN parts WHERE x.ok]) AS okParts
ORDER BY u.sortName, u.name
WITH collect({id: u.id, name: u.name, kind: u.kind, parts: parts,
              coverage: CASE WHEN okParts = size(parts) THEN 'FULL' WHEN okParts > 0 THEN 'PARTIAL' ELSE 'NONE' END}) AS units
RETURN apoc.convert.toJson({checked: size(units), units: units}) AS json
