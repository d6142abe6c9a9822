// The agency × asset grid for a tier: every agency of the kinds, every asset asked for, and the
// 2022 and June 2023 connection facts between them. Params: $kinds [AgencyKind], $assetIds [ID]
// (empty = all numbered assets of 001 Phụ lục 1 and paygov), $offset, $limit (null = every row).
// Returns ONE JSON object (src/db/run.ts): assets (the columns by number, then id, each with its
// totals over every row), totalRows, and the page of rows by name, each with its facts as
// ["<assetId>|<snapshot>", status] pairs. The columns are sent once, not on every row; the API builds
// the cells (sparse facts are a fraction of the grid: building 126 × 224 cells here cost Neo4j
// 148 ms per national matrix against 13 ms, bench/README.md).
CALL {
    MATCH (s:Asset)
    WHERE (size($assetIds) = 0 AND (s.number IS NOT NULL OR s.code = 'paygov')) OR s.id IN $assetIds
    WITH s ORDER BY coalesce(s.number, 99), s.id
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
    WITH a, collect(CASE WHEN c.snapshot IN ['Y2022', 'JUNE_2023'] AND isColumn[s.id] THEN [s.id + '|' + c.snapshot, c.status] END) AS facts
    ORDER BY a.sortName, a.name
    RETURN collect({id: a.id, name: a.name, facts: facts}) AS rows
}
// Column totals count every row, not only the page.
CALL {
    WITH rows
    UNWIND rows AS r
    UNWIND r.facts AS f
    WITH DISTINCT r.id AS id, f[0] AS k
    WITH k, count(*) AS n
    RETURN apoc.map.fromPairs(collect([k, n])) AS totals
}
RETURN apoc.convert.toJson({
    assets: [x IN assets | x {.*, total2022: coalesce(totals[x.id + '|Y2022'], 0), totalJune2023: coalesce(totals[x.id + '|JUNE_2023'], 0)}],
    totalRows: size(rows),
    rows: CASE WHEN $limit IS NULL THEN rows[toInteger($offset)..] ELSE rows[toInteger($offset)..toInteger($offset) + toInteger($limit)] END
}) AS json
