// A page of declaredVsObserved in one round trip: the declared links of its agency–asset pairs with
// their citations (valid on $asOf, recorded by $knownAt: src/kernel/time.ts), and, observed, the pairs'
// use of the asset's services (OBSERVED_USE). For the uses the asset's services are listed first (a
// few), then the agency's uses of them: a service many agencies use is never expanded from.
// Params: $pairs [{agencyId, assetId}], $asOf, $knownAt, $observed (false: no uses), $durations (false:
// the duration histograms are not read, null instead).
// Returns: links [{agencyId, agencyName, assetId, snapshot, status, section, locator, text}] ordered by
// agency, asset and snapshot; uses [{agencyId, assetId, months, succeeded, failed, durationIndex,
// durationCounts, documentId}]
CALL {
    UNWIND $pairs AS p
    MATCH (a:Agency {id: p.agencyId})-[c:CONNECTED_TO]->(x:Asset {id: p.assetId})
    WHERE ($knownAt IS NULL OR coalesce(c.recordedAt, '') <= $knownAt)
      AND ($asOf IS NULL OR (c.validFrom <= $asOf AND NOT EXISTS {
          MATCH (a)-[r:REPORTED_IN]->() WHERE c.validFrom < r.validFrom <= $asOf AND ($knownAt IS NULL OR coalesce(r.recordedAt, '') <= $knownAt) }))
    WITH a, c, x ORDER BY a.id, x.id, c.snapshot
    RETURN collect({agencyId: a.id, agencyName: a.name, assetId: x.id, snapshot: c.snapshot, status: c.status, section: c.section, locator: c.locator, text: c.text}) AS links
}
CALL {
    UNWIND CASE WHEN $observed THEN $pairs ELSE [] END AS p
    MATCH (x:Asset {id: p.assetId})
    WITH p, x, [(s:Service)-[:PROVIDED_BY]->(x) | s] AS provided
    MATCH (a:Agency {id: p.agencyId})-[u:OBSERVED_USE]->(s:Service)
    WHERE s IN provided
    RETURN collect({agencyId: a.id, assetId: x.id, months: u.months, succeeded: u.succeeded, failed: u.failed, documentId: u.documentId,
                    durationIndex: CASE WHEN $durations THEN u.durationIndex END, durationCounts: CASE WHEN $durations THEN u.durationCounts END}) AS uses
}
RETURN links, uses
