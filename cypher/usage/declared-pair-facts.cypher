// declaredVsObserved's working set, per chunk of agencies (src/modules/usage/pairs.ts): what classifying
// their pairs needs whatever the question's threshold, window, asOf, knownAt, asset or page — every
// declared link with its validity (validFrom, recordedAt), the snapshots that cover the agency
// (REPORTED_IN), the import-time aggregates of every import, in force or superseded (OBSERVED_ASSET
// with `provided`: monthly successes with the services the asset provides; OBSERVED_UNPROVIDED), and its
// Phụ lục 4 total. One row per agency, tuples not maps.
// Params: $agencyIds.
// Returns: agencyId, links [[assetId, status, validFrom, recordedAt]], reportedIn [[validFrom, recordedAt]],
// uses [[assetId, documentId, months, succeeded]], unprovided [{months, succeeded, failed, documentId}], reported (or null)
UNWIND $agencyIds AS id
MATCH (a:Agency {id: id})
RETURN a.id AS agencyId,
       [(a)-[c:CONNECTED_TO]->(x:Asset) | [x.id, c.status, c.validFrom, c.recordedAt]] AS links,
       [(a)-[r:REPORTED_IN]->() | [r.validFrom, r.recordedAt]] AS reportedIn,
       [(a)-[o:OBSERVED_ASSET]->(x:Asset) WHERE o.provided | [x.id, o.documentId, o.months, o.succeeded]] AS uses,
       [(a)-[o:OBSERVED_UNPROVIDED]->(:UsageImport) | o {.months, .succeeded, .failed, .documentId}] AS unprovided,
       head([(a)<-[:ABOUT]-(f:Figure) WHERE f.metric = 'ndxp-transactions' AND f.id STARTS WITH 'fig:001:p4:' AND f.value IS NOT NULL | f.value]) AS reported
