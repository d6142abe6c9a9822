// A page of the agency × asset grid for a tier: agencies of the kinds (2023 map) by name, each with its
// 2022 and June 2023 connection facts to the columns. Params: $kinds [AgencyKind], $assetIds [ID] (the
// columns, chosen as in connection-matrix-columns.cypher: empty = all numbered assets of 001 Phụ lục 1
// and paygov), $offset, $limit (null = every row), $asOf, $knownAt (src/kernel/time.ts: with $asOf each
// agency's links valid that day come too, as [assetId, 'AS_OF', status]). Returns ONE JSON
// object (src/db/run.ts): totalRows and the page's rows, each with its facts as [assetId, snapshot,
// status] triples; the API builds the cells (sparse facts are a fraction of the grid: building 126 × 224
// cells here cost Neo4j 148 ms per national matrix against 13 ms, bench/README.md).
// Plan, as coverage-gaps.cypher: totalRows counts index entries of agency_tier_order (kind, era,
// sortName); a one-kind tier is walked in the index's order and the walk stops at the end of the page,
// so only the page's agencies have their links read; a tier of several kinds (~30) is sorted whole.
CALL {
    MATCH (a:Agency) WHERE a.kind IN $kinds AND a.era = 2023 AND a.sortName IS NOT NULL AND ($knownAt IS NULL OR coalesce(a.recordedAt, '') <= $knownAt)
    RETURN count(a) AS totalRows
}
CALL {
    MATCH (s:Asset)
    WHERE (size($assetIds) = 0 AND (s.number IS NOT NULL OR s.code = 'paygov')) OR s.id IN $assetIds
    RETURN apoc.map.fromPairs(collect([s.id, true])) AS isColumn
}
CALL {
    WITH isColumn
    CALL {
        MATCH (a:Agency) WHERE size($kinds) = 1 AND a.kind = $kinds[0] AND a.era = 2023 AND a.sortName IS NOT NULL
        WITH a ORDER BY a.kind, a.era, a.sortName, a.name
        WHERE $knownAt IS NULL OR coalesce(a.recordedAt, '') <= $knownAt
        RETURN a SKIP toInteger($offset) LIMIT coalesce(toInteger($limit), 1000000)
        UNION ALL
        // An UNWIND guard, not a WHERE: the planner would seek the index before testing the size.
        UNWIND CASE WHEN size($kinds) > 1 THEN [1] ELSE [] END AS several
        MATCH (a:Agency) WHERE a.kind IN $kinds AND a.era = 2023 AND a.sortName IS NOT NULL
        WITH a ORDER BY a.sortName, a.name
        WHERE $knownAt IS NULL OR coalesce(a.recordedAt, '') <= $knownAt
        RETURN a SKIP toInteger($offset) LIMIT coalesce(toInteger($limit), 1000000)
    }
    // Each agency's own links (the subquery keeps the planner from probing every column asset).
    CALL {
        WITH a, isColumn
        OPTIONAL MATCH (a)-[c:CONNECTED_TO]->(s:Asset)
        WHERE isColumn[s.id] AND ($knownAt IS NULL OR coalesce(c.recordedAt, '') <= $knownAt)
        WITH a, c, s, c.snapshot IN ['Y2022', 'JUNE_2023'] AS inColumns,
             $asOf IS NOT NULL AND c IS NOT NULL AND c.validFrom <= $asOf AND NOT EXISTS {
            MATCH (a)-[r:REPORTED_IN]->() WHERE c.validFrom < r.validFrom <= $asOf AND ($knownAt IS NULL OR coalesce(r.recordedAt, '') <= $knownAt) } AS validOn
        RETURN collect(CASE WHEN inColumns THEN [s.id, c.snapshot, c.status] END)
             + collect(CASE WHEN validOn THEN [s.id, 'AS_OF', c.status] END) AS facts
    }
    RETURN collect({id: a.id, name: a.name, facts: facts}) AS rows
}
RETURN apoc.convert.toJson({totalRows: totalRows, rows: rows}) AS json
