// Agencies of a kind that lack a connection to an asset meeting the requirement, each with the
// links they do have to it. Params: $assetId, $kinds [AgencyKind], $snapshots [Snapshot] (any of),
// $statuses [ConnectionStatus] (any of). Returns: id, name, kind, has [{snapshot, status, section, locator, text}]
MATCH (asset:Asset {id: $assetId})
MATCH (a:Agency) WHERE a.kind IN $kinds
OPTIONAL MATCH (a)-[c:CONNECTED_TO]->(asset)
WITH a, collect(c) AS links
WHERE none(c IN links WHERE c.snapshot IN $snapshots AND c.status IN $statuses)
RETURN a.id AS id, a.name AS name, a.kind AS kind,
       [c IN links | {snapshot: c.snapshot, status: c.status, section: c.section, locator: c.locator, text: c.text}] AS has
ORDER BY head(a.nameKeys), a.name
