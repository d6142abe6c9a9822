// Declared links and observed traffic of every 2023 agency of some kinds, compactly, for classifying
// every pair: per asset it has CONNECTED_TO facts to, [assetId, any of them OFFICIAL], its OBSERVED_USE with the
// asset providing each service (null when the graph does not know it; monthly counts only), and its
// Phụ lục 4 total. The facts' citations and the durations are read for the page only (usage/link-facts,
// usage/pair-uses): at national scale they were most of the bytes. Params: $kinds, $assetId (or null =
// every asset), $asOf, $knownAt (src/kernel/time.ts: the links valid that day, recorded by then). Returns: id, name, links [[assetId, official]], uses [{assetId, months, succeeded,
// failed, documentId}], reported, reportedPeriod
MATCH (a:Agency) WHERE a.kind IN $kinds AND a.era = 2023
CALL {
    WITH a
    OPTIONAL MATCH (a)-[c:CONNECTED_TO]->(x:Asset)
    WHERE ($assetId IS NULL OR x.id = $assetId)
      AND ($knownAt IS NULL OR coalesce(c.recordedAt, '') <= $knownAt)
      AND ($asOf IS NULL OR (c.validFrom <= $asOf AND NOT EXISTS {
          MATCH (a)-[r:REPORTED_IN]->() WHERE c.validFrom < r.validFrom <= $asOf AND ($knownAt IS NULL OR coalesce(r.recordedAt, '') <= $knownAt) }))
    WITH x, collect(c.status) AS statuses
    RETURN collect(CASE WHEN x IS NULL THEN NULL ELSE [x.id, 'OFFICIAL' IN statuses] END) AS links
}
CALL {
    WITH a
    OPTIONAL MATCH (a)-[u:OBSERVED_USE]->(s)
    OPTIONAL MATCH (s)-[:PROVIDED_BY]->(x:Asset)
    WITH u, x WHERE u IS NOT NULL AND ($assetId IS NULL OR x.id = $assetId)
    RETURN collect({assetId: x.id, months: u.months, succeeded: u.succeeded, failed: u.failed, documentId: u.documentId}) AS uses
}
CALL {
    WITH a
    OPTIONAL MATCH (a)<-[:ABOUT]-(f:Figure)
    WHERE f.metric = 'ndxp-transactions' AND f.id STARTS WITH 'fig:001:p4:'
    RETURN head(collect(f.value)) AS reported, head(collect(f.period)) AS reportedPeriod
}
RETURN a.id AS id, a.name AS name, links, uses, reported, reportedPeriod
