// Agencies of a kind that lack a connection to an asset meeting the requirement, each with the
// links they do have to it. Params: $assetId, $kinds [AgencyKind], $snapshots [Snapshot] (any of),
// $statuses [ConnectionStatus] (any of), $offset, $end (a page of gaps, [$offset, $end)). Returns one row:
// one JSON object: checked (agencies of the kinds), total (gaps before paging), gaps [{id, name, kind, has [...]}] by name.
// Plan (bench/PROFILES.md): the tier is read once from the kind index and sorted while its rows are
// small; the asset's links are read from the asset's side inside a subquery, because matching them
// from each agency made the planner test every agency's own links (700,000 db hits for 11,000 communes
// against ~10,000 this way).
MATCH (asset:Asset {id: $assetId})
MATCH (a:Agency) WHERE a.kind IN $kinds AND a.era = 2023
WITH asset, a ORDER BY a.sortName, a.name
WITH asset, collect(a) AS tier
CALL {
    WITH asset
    CALL { WITH asset MATCH (asset)<-[c:CONNECTED_TO]-(x) RETURN x, c }
    WITH x, c WHERE x:Agency AND x.kind IN $kinds AND x.era = 2023
    WITH x.id AS id, collect(c) AS links
    RETURN apoc.map.fromPairs(collect([id, links])) AS linksOf
}
WITH tier, linksOf, [a IN tier WHERE NOT any(c IN coalesce(linksOf[a.id], []) WHERE c.snapshot IN $snapshots AND c.status IN $statuses)] AS lacking
// One JSON string (src/db/run.ts): the API parses it instead of decoding every gap and link.
RETURN apoc.convert.toJson({checked: size(tier), total: size(lacking),
       gaps: [a IN lacking[toInteger($offset)..toInteger($end)] | {id: a.id, name: a.name, kind: a.kind,
           has: [c IN coalesce(linksOf[a.id], []) | {snapshot: c.snapshot, status: c.status, section: c.section, locator: c.locator, text: c.text}]}]}) AS json
