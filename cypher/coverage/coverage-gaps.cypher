// Agencies of a kind that lack a connection to an asset meeting the requirement, each with the
// links they do have to it. Params: $assetId, $kinds [AgencyKind], $snapshots [Snapshot] (any of),
// $statuses [ConnectionStatus] (any of), $offset, $end (a page of gaps, [$offset, $end)), $asOf (ISO
// day or null), $knownAt (ISO instant or null): as of a day, a link counts only when it is of the latest
// snapshot on or before that day covering its agency (REPORTED_IN); as known at an instant, only facts
// and agencies recorded by then count (src/kernel/time.ts). Returns one row:
// one JSON object: checked (agencies of the kinds), total (gaps before paging), gaps [{id, name, kind, has [...]}] by name.
// Plan (bench/PROFILES.md), so that a first page does not read the whole tier:
// - the asset's links are read once from the asset's side (matching them from each agency made the
//   planner test every agency's own links: 700,000 db hits for 11,000 communes);
// - `checked` counts index entries of agency_tier_order (kind, era, sortName) without reading nodes;
// - `total` = checked − agencies with a qualifying link, so the gaps need not all be listed to count them;
// - a one-kind tier is walked in the index's order (ORDER BY all three keys: Neo4j then sorts only
//   ties of sortName) and the walk stops at the end of the page; a tier of several kinds (ministries
//   and government agencies, ~30) is small and sorted whole.
MATCH (asset:Asset {id: $assetId})
CALL {
    MATCH (a:Agency) WHERE a.kind IN $kinds AND a.era = 2023 AND a.sortName IS NOT NULL AND ($knownAt IS NULL OR coalesce(a.recordedAt, '') <= $knownAt)
    RETURN count(a) AS checked
}
CALL {
    WITH asset
    CALL { WITH asset MATCH (asset)<-[c:CONNECTED_TO]-(x) RETURN x, c }
    WITH x, c WHERE x:Agency AND x.kind IN $kinds AND x.era = 2023 AND x.sortName IS NOT NULL
        AND ($knownAt IS NULL OR (coalesce(c.recordedAt, '') <= $knownAt AND coalesce(x.recordedAt, '') <= $knownAt))
        AND ($asOf IS NULL OR (c.validFrom <= $asOf AND NOT EXISTS {
            MATCH (x)-[r:REPORTED_IN]->() WHERE c.validFrom < r.validFrom <= $asOf AND ($knownAt IS NULL OR coalesce(r.recordedAt, '') <= $knownAt) }))
    WITH x.id AS id, collect(c) AS links
    WITH collect([id, links]) AS pairs, sum(CASE WHEN any(c IN links WHERE c.snapshot IN $snapshots AND c.status IN $statuses) THEN 1 ELSE 0 END) AS covered
    RETURN apoc.map.fromPairs(pairs) AS linksOf, covered
}
CALL {
    WITH linksOf
    CALL {
        WITH linksOf
        MATCH (a:Agency) WHERE size($kinds) = 1 AND a.kind = $kinds[0] AND a.era = 2023 AND a.sortName IS NOT NULL
        WITH linksOf, a ORDER BY a.kind, a.era, a.sortName, a.name
        WHERE ($knownAt IS NULL OR coalesce(a.recordedAt, '') <= $knownAt) AND NOT any(c IN coalesce(linksOf[a.id], []) WHERE c.snapshot IN $snapshots AND c.status IN $statuses)
        RETURN a SKIP toInteger($offset) LIMIT toInteger($end) - toInteger($offset)
        UNION ALL
        WITH linksOf
        // An UNWIND guard, not a WHERE: the planner would seek the index before testing the size.
        UNWIND CASE WHEN size($kinds) > 1 THEN [1] ELSE [] END AS several
        MATCH (a:Agency) WHERE a.kind IN $kinds AND a.era = 2023 AND a.sortName IS NOT NULL
        WITH linksOf, a ORDER BY a.sortName, a.name
        WHERE ($knownAt IS NULL OR coalesce(a.recordedAt, '') <= $knownAt) AND NOT any(c IN coalesce(linksOf[a.id], []) WHERE c.snapshot IN $snapshots AND c.status IN $statuses)
        RETURN a SKIP toInteger($offset) LIMIT toInteger($end) - toInteger($offset)
    }
    RETURN collect({id: a.id, name: a.name, kind: a.kind,
        has: [c IN coalesce(linksOf[a.id], []) | {snapshot: c.snapshot, status: c.status, section: c.section, locator: c.locator, text: c.text}]}) AS gaps
}
// One JSON string (src/db/run.ts): the API parses it instead of decoding every gap and link.
RETURN apoc.convert.toJson({checked: checked, total: checked - covered, gaps: gaps}) AS json
