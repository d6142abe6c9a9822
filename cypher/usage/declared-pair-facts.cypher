// declaredVsObserved's working set for a tier (src/modules/usage/pairs.ts): every 2023 agency of the
// kinds with its group (itself, or its 2025 unit of $unitKinds: the first by sortName descending), and
// what classifying its pairs needs whatever the question's threshold, window, asOf, knownAt, asset or
// page: every declared link with its validity (validFrom, recordedAt), the snapshots that cover the
// agency (REPORTED_IN), the import-time aggregates of every import — in force or superseded —
// (OBSERVED_ASSET with `provided`: monthly successes with the services the asset provides;
// OBSERVED_UNPROVIDED), and its Phụ lục 4 total. Read once per graph version; each question filters,
// classifies, counts, sorts and pages these in JavaScript. One row per agency, tuples not maps.
// Params: $kinds, $unitKinds (2025 unit kinds, or null for E2023).
// Returns: agencyId, groupId, groupName, groupSort, links [[assetId, status, validFrom, recordedAt]],
// reportedIn [[validFrom, recordedAt]], uses [[assetId, documentId, months, succeeded]],
// unprovided [{months, succeeded, failed, documentId}], reported (or null)
MATCH (a:Agency) WHERE a.kind IN $kinds AND a.era = 2023
WITH a, CASE WHEN $unitKinds IS NULL THEN a
             ELSE head(COLLECT { MATCH (a)-[:SUCCEEDED_BY]->(u:Agency) WHERE u.kind IN $unitKinds AND u.era = 2025 RETURN u ORDER BY u.sortName DESC }) END AS g
WHERE g IS NOT NULL
RETURN a.id AS agencyId, g.id AS groupId, g.name AS groupName, g.sortName AS groupSort,
       [(a)-[c:CONNECTED_TO]->(x:Asset) | [x.id, c.status, c.validFrom, c.recordedAt]] AS links,
       [(a)-[r:REPORTED_IN]->() | [r.validFrom, r.recordedAt]] AS reportedIn,
       [(a)-[o:OBSERVED_ASSET]->(x:Asset) WHERE o.provided | [x.id, o.documentId, o.months, o.succeeded]] AS uses,
       [(a)-[o:OBSERVED_UNPROVIDED]->(:UsageImport) | o {.months, .succeeded, .failed, .documentId}] AS unprovided,
       head([(a)<-[:ABOUT]-(f:Figure) WHERE f.metric = 'ndxp-transactions' AND f.id STARTS WITH 'fig:001:p4:' AND f.value IS NOT NULL | f.value]) AS reported
