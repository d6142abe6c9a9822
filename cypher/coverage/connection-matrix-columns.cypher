// The columns of the agency × asset grid for a tier, with their totals over EVERY row of the tier (how
// many agencies have a 2022 / June 2023 fact with each asset). Params: $kinds [AgencyKind], $assetIds [ID]
// (empty = all numbered assets of 001 Phụ lục 1 and paygov), $asOf, $knownAt (src/kernel/time.ts).
// Returns one JSON list (src/db/run.ts): the assets by number, then id, each with total2022,
// totalJune2023 and totalAsOf (agencies with a link valid on $asOf; 0 without it).
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
    MATCH (a:Agency) WHERE a.kind IN $kinds AND a.era = 2023 AND ($knownAt IS NULL OR coalesce(a.recordedAt, '') <= $knownAt)
    // Each agency's own links (the subquery keeps the planner from probing every column asset).
    CALL {
        WITH a
        MATCH (a)-[c:CONNECTED_TO]->(s:Asset)
        RETURN c, s
    }
    WITH a, c, s WHERE isColumn[s.id] AND ($knownAt IS NULL OR coalesce(c.recordedAt, '') <= $knownAt)
    UNWIND [CASE WHEN c.snapshot IN ['Y2022', 'JUNE_2023'] THEN c.snapshot END,
            CASE WHEN $asOf IS NOT NULL AND c.validFrom <= $asOf AND NOT EXISTS {
                  MATCH (a)-[r:REPORTED_IN]->() WHERE c.validFrom < r.validFrom <= $asOf AND ($knownAt IS NULL OR coalesce(r.recordedAt, '') <= $knownAt) } THEN 'AS_OF' END] AS col
    WITH a, s, col WHERE col IS NOT NULL
    WITH DISTINCT a, s.id + '|' + col AS k
    WITH k, count(*) AS n
    RETURN apoc.map.fromPairs(collect([k, n])) AS totals
}
RETURN apoc.convert.toJson([x IN assets | x {.*, total2022: coalesce(totals[x.id + '|Y2022'], 0), totalJune2023: coalesce(totals[x.id + '|JUNE_2023'], 0), totalAsOf: coalesce(totals[x.id + '|AS_OF'], 0)}]) AS json
