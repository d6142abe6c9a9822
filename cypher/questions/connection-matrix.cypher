// The agency × asset grid for a tier: every agency of the kinds, every asset asked for, and the
// 2022 and June 2023 connection facts between them. Params: $kinds [AgencyKind], $assetIds [ID]
// (empty = all numbered assets of 001 Phụ lục 1 and paygov), $offset, $limit (null = every row).
// Returns ONE row: assets (the columns), totals {"<assetId>|<snapshot>": rows with that fact, over
// every row}, totalRows, and the page of rows [{id, name, facts [{assetId, snapshot, status}]}] by
// name. The columns are sent once, not on every row (at national scale that repeated 224 columns on
// each of 126 rows); paging here spares the API decoding and shaping rows it would not send.
CALL {
    MATCH (s:Asset)
    WHERE (size($assetIds) = 0 AND (s.number IS NOT NULL OR s.code = 'paygov')) OR s.id IN $assetIds
    RETURN collect(s {.id, .name, .number, .code}) AS assets
}
CALL {
    WITH assets
    WITH apoc.map.fromPairs([x IN assets | [x.id, true]]) AS isColumn
    MATCH (a:Agency) WHERE a.kind IN $kinds AND a.era = 2023
    // Each agency's own links (the subquery keeps the planner from probing every column asset).
    CALL {
        WITH a
        OPTIONAL MATCH (a)-[c:CONNECTED_TO]->(s:Asset)
        RETURN c, s
    }
    WITH a, collect(CASE WHEN c.snapshot IN ['Y2022', 'JUNE_2023'] AND isColumn[s.id] THEN {assetId: s.id, snapshot: c.snapshot, status: c.status} END) AS facts
    ORDER BY a.sortName, a.name
    RETURN collect({id: a.id, name: a.name, facts: facts}) AS rows
}
// Column totals count every row, not only the page.
CALL {
    WITH rows
    UNWIND rows AS r
    UNWIND r.facts AS f
    WITH DISTINCT r.id AS id, f.assetId + '|' + f.snapshot AS k
    WITH k, count(*) AS n
    RETURN apoc.map.fromPairs(collect([k, n])) AS totals
}
RETURN assets, totals, size(rows) AS totalRows,
       CASE WHEN $limit IS NULL THEN rows[toInteger($offset)..] ELSE rows[toInteger($offset)..toInteger($offset) + toInteger($limit)] END AS rows
