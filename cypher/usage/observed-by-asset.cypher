// What each asset carries in a window: for every asset, the observed exchanges with the services it
// provides (a platform: that transit it) in the months asked, and the agencies of some kinds (or their
// 2025 units) among the consumers; plus the platform's whole traffic and consumers. Added up here so only
// one row per asset travels (at national scale the per-pair series were most of criticality's cost).
// Params: $from, $to (YYYY-MM, the window's first and last month), $kinds ([] = every kind), $era (2023 | 2025),
// $documents (the usage imports in force: a superseded import's rows are kept but do not count).
// Returns: assets [{assetId, exchanges, agencies}], platform {exchanges, agencies}
CALL {
    MATCH (c)-[u:OBSERVED_USE]->(s) WHERE u.documentId IN $documents
    // A series inside the window counts whole (its totals); one that crosses it is added up month by month.
    WITH c, s, CASE WHEN u.months[0] >= $from AND u.months[-1] <= $to THEN u.totalSucceeded + u.totalFailed
                    ELSE reduce(n = 0, k IN range(0, size(u.months) - 1) | n + CASE WHEN $from <= u.months[k] <= $to THEN u.succeeded[k] + u.failed[k] ELSE 0 END) END AS n
    WHERE n > 0
    WITH c, s, n,
         CASE WHEN c:Agency AND (size($kinds) = 0 OR c.kind IN $kinds)
              THEN coalesce(CASE WHEN $era = 2025 THEN head(COLLECT { MATCH (c)-[:SUCCEEDED_BY]->(v:Agency) RETURN v.id }) END, c.id) END AS who
    RETURN collect({s: s, n: n, who: who}) AS uses
}
CALL {
    WITH uses
    UNWIND uses AS x
    RETURN {exchanges: sum(x.n), agencies: size(collect(DISTINCT x.who))} AS platform
}
CALL {
    WITH uses
    UNWIND uses AS x
    WITH x.s AS s, sum(x.n) AS n, collect(DISTINCT x.who) AS who
    MATCH (s)-[:PROVIDED_BY|TRANSITS]->(a:Asset)
    UNWIND CASE WHEN size(who) = 0 THEN [null] ELSE who END AS w
    WITH a, s, n, w
    WITH a, collect(DISTINCT w) AS agencies, collect(DISTINCT [s.id, n]) AS perService
    RETURN collect({assetId: a.id, exchanges: reduce(t = 0, p IN perService | t + p[1]), agencies: size(agencies)}) AS assets
}
RETURN assets, platform
