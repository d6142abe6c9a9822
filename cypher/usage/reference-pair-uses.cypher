// REFERENCE ONLY (the page reads of declaredVsObserved before issue 29's usage/page-facts; test/helpers/
// usage-reference.ts fills its pages with them, nothing else runs it).
// The observed use of some agency–asset pairs (the asset's services), with durations: a page of
// declaredVsObserved. Params: $pairs [{agencyId, assetId}]. Returns: agencyId, assetId, months,
// succeeded, failed, durationIndex, durationCounts, documentId
UNWIND $pairs AS p
MATCH (a:Agency {id: p.agencyId})-[u:OBSERVED_USE]->(:Service)-[:PROVIDED_BY]->(x:Asset {id: p.assetId})
RETURN a.id AS agencyId, x.id AS assetId, u.months AS months, u.succeeded AS succeeded, u.failed AS failed,
       u.durationIndex AS durationIndex, u.durationCounts AS durationCounts, u.documentId AS documentId
