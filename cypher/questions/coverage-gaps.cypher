// Agencies of a kind that lack a connection to an asset meeting the requirement, each with the
// links they do have to it. Params: $assetId, $kinds [AgencyKind], $snapshots [Snapshot] (any of),
// $statuses [ConnectionStatus] (any of), $offset, $end (a page of gaps, [$offset, $end)). Returns one row:
// checked (agencies of the kinds), total (gaps before paging), gaps [{id, name, kind, has [...]}] by name.
MATCH (asset:Asset {id: $assetId})
MATCH (a:Agency) WHERE a.kind IN $kinds AND a.era = 2023
OPTIONAL MATCH (a)-[c:CONNECTED_TO]->(asset)
WITH a, collect(c) AS links
ORDER BY head(a.nameKeys), a.name
WITH collect({
    id: a.id, name: a.name, kind: a.kind,
    ok: any(c IN links WHERE c.snapshot IN $snapshots AND c.status IN $statuses),
    has: [c IN links | {snapshot: c.snapshot, status: c.status, section: c.section, locator: c.locator, text: c.text}]
}) AS rows
WITH rows, [r IN rows WHERE NOT r.ok] AS lacking
RETURN size(rows) AS checked, size(lacking) AS total,
       [r IN lacking[toInteger($offset)..toInteger($end)] | r {.id, .name, .kind, .has}] AS gaps
