// What each asset carries in a window, from the import-time aggregates (src/modules/usage/ingest/
// materialise.ts): per asset, the exchanges in the months asked of its consumers with the services it
// provides (a platform: that transit it) — OBSERVED_ASSET's exchanges, one per consumer, asset and import — and
// the agencies of some kinds (or their 2025 units) among those consumers; plus the platform's whole
// traffic and consumers (OBSERVED_TOTAL, one per consumer and import). One row per asset travels.
// Params: $from, $to (YYYY-MM, the window's first and last month), $kinds ([] = every kind), $era (2023 | 2025),
// $documents (the usage imports in force: a superseded import's aggregates are kept but do not count).
// Returns: assets [{assetId, exchanges, agencies}], platform {exchanges, agencies}
CALL {
    MATCH (c)-[t:OBSERVED_TOTAL]->(:UsageImport) WHERE t.documentId IN $documents
    // An aggregate inside the window counts whole (its total); one that crosses it is added up month by month.
    WITH c, CASE WHEN t.months[0] >= $from AND t.months[-1] <= $to THEN t.total
                 ELSE reduce(n = 0, k IN range(0, size(t.months) - 1) | n + CASE WHEN $from <= t.months[k] <= $to THEN t.exchanges[k] ELSE 0 END) END AS n
    WHERE n > 0
    WITH c, sum(n) AS n
    WITH n, CASE WHEN c:Agency AND (size($kinds) = 0 OR c.kind IN $kinds)
                 THEN coalesce(CASE WHEN $era = 2025 THEN head(COLLECT { MATCH (c)-[:SUCCEEDED_BY]->(v:Agency) RETURN v.id }) END, c.id) END AS who
    RETURN {exchanges: sum(n), agencies: size(collect(DISTINCT who))} AS platform
}
CALL {
    MATCH (c)-[g:OBSERVED_ASSET]->(a:Asset) WHERE g.documentId IN $documents
    WITH c, a, CASE WHEN g.months[0] >= $from AND g.months[-1] <= $to THEN g.total
                    ELSE reduce(n = 0, k IN range(0, size(g.months) - 1) | n + CASE WHEN $from <= g.months[k] <= $to THEN g.exchanges[k] ELSE 0 END) END AS n
    WHERE n > 0
    WITH c, collect({a: a, n: n}) AS carried
    WITH carried, CASE WHEN c:Agency AND (size($kinds) = 0 OR c.kind IN $kinds)
                       THEN coalesce(CASE WHEN $era = 2025 THEN head(COLLECT { MATCH (c)-[:SUCCEEDED_BY]->(v:Agency) RETURN v.id }) END, c.id) END AS who
    UNWIND carried AS x
    WITH x.a AS a, sum(x.n) AS exchanges, collect(DISTINCT who) AS agencies
    RETURN collect({assetId: a.id, exchanges: exchanges, agencies: size(agencies)}) AS assets
}
RETURN assets, platform
