// The columns of the agency × asset grid for a tier, with their totals over EVERY row of the tier (how
// many agencies have a 2022 / June 2023 fact with each asset). Params: $kinds [AgencyKind], $assetIds [ID]
// (empty = all numbered assets of 001 Phụ lục 1 and paygov). Returns one JSON list (src/db/run.ts): the
// assets by number, then id, each with total2022 and totalJune2023.
// The totals read every link of the tier (5,000 at national scale), which a page of rows does not need:
// the API keeps this answer per graph version (src/kernel/cache/version-memo.ts), and the page query
// (connection-matrix.cypher) reads only its rows.
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
        MATCH (a)-[c:CONNECTED_TO]->(s:Asset)
        RETURN c, s
    }
    WITH a, c, s WHERE c.snapshot IN ['Y2022', 'JUNE_2023'] AND isColumn[s.id]
    WITH DISTINCT a, s.id + '|' + c.snapshot AS k
    WITH k, count(*) AS n
    RETURN apoc.map.fromPairs(collect([k, n])) AS totals
}
RETURN apoc.convert.toJson([x IN assets | x {.*, total2022: coalesce(totals[x.id + '|Y2022'], 0), totalJune2023: coalesce(totals[x.id + '|JUNE_2023'], 0)}]) AS json
