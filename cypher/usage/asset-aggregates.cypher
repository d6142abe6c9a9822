// criticality's working set of observed use (src/modules/usage/criticality-inputs.ts): every consumer
// with import-time aggregates (src/modules/usage/ingest/materialise.ts), whether it is an agency, its
// kind and its 2025 successor, and its aggregates of every import, in force or superseded — per asset
// that provides or carries a service it used (OBSERVED_ASSET: monthly exchanges and their total) and
// its whole traffic (OBSERVED_TOTAL). Read once per graph version; each question adds up the window,
// the imports in force and the kinds asked in JavaScript. One row per consumer, tuples not maps.
// Params: none.
// Returns: id, agency (true for an Agency), kind, successor (the first SUCCEEDED_BY agency's id, or null),
// totals [[documentId, months, exchanges, total]], assets [[assetId, documentId, months, exchanges, total]]
CALL {
    MATCH (c)-[:OBSERVED_TOTAL]->(:UsageImport) RETURN c
    UNION
    MATCH (c)-[:OBSERVED_ASSET]->(:Asset) RETURN c
}
RETURN c.id AS id, c:Agency AS agency, c.kind AS kind,
       head(COLLECT { MATCH (c)-[:SUCCEEDED_BY]->(v:Agency) RETURN v.id }) AS successor,
       [(c)-[t:OBSERVED_TOTAL]->(:UsageImport) | [t.documentId, t.months, t.exchanges, t.total]] AS totals,
       [(c)-[g:OBSERVED_ASSET]->(a:Asset) | [a.id, g.documentId, g.months, g.exchanges, g.total]] AS assets
