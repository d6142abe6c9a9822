// Declared links and observed traffic of every 2023 agency of some kinds, for comparison: the
// agency's CONNECTED_TO facts, its OBSERVED_USE with the asset providing each service (null when the
// graph does not know it), and its Phụ lục 4 total. Params: $kinds, $assetId (or null = every asset).
// Returns: id, name, kind, facts [{assetId, assetName, assetNumber, snapshot, status, section, locator,
// text}], uses [{assetId, months, succeeded, failed, durationIndex, durationCounts, documentId}], reported, reportedPeriod
MATCH (a:Agency) WHERE a.kind IN $kinds AND a.era = 2023
CALL {
    WITH a
    OPTIONAL MATCH (a)-[c:CONNECTED_TO]->(x:Asset)
    WHERE $assetId IS NULL OR x.id = $assetId
    RETURN collect(CASE WHEN c IS NULL THEN NULL ELSE {assetId: x.id, assetName: x.name, assetNumber: x.number, snapshot: c.snapshot, status: c.status,
        section: c.section, locator: c.locator, text: c.text} END) AS facts
}
CALL {
    WITH a
    OPTIONAL MATCH (a)-[u:OBSERVED_USE]->(s)
    OPTIONAL MATCH (s)-[:PROVIDED_BY]->(x:Asset)
    WITH u, x WHERE u IS NOT NULL AND ($assetId IS NULL OR x.id = $assetId)
    RETURN collect({assetId: x.id, assetName: x.name, assetNumber: x.number, months: u.months, succeeded: u.succeeded, failed: u.failed,
        durationIndex: u.durationIndex, durationCounts: u.durationCounts, documentId: u.documentId}) AS uses
}
CALL {
    WITH a
    OPTIONAL MATCH (a)<-[:ABOUT]-(f:Figure)
    WHERE f.metric = 'ndxp-transactions' AND f.id STARTS WITH 'fig:001:p4:'
    RETURN head(collect(f.value)) AS reported, head(collect(f.period)) AS reportedPeriod
}
RETURN a.id AS id, a.name AS name, a.kind AS kind, facts, uses, reported, reportedPeriod
