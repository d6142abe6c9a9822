// REFERENCE ONLY (the page reads of declaredVsObserved before issue 29's usage/page-facts; test/helpers/
// usage-reference.ts fills its pages with them, nothing else runs it).
// The declared links of some agency–asset pairs with their citations (a page of declaredVsObserved).
// Params: $pairs [{agencyId, assetId}], $asOf, $knownAt (the links valid that day, recorded by then). Returns: agencyId, agencyName, assetId, snapshot, status, section, locator, text
UNWIND $pairs AS p
MATCH (a:Agency {id: p.agencyId})-[c:CONNECTED_TO]->(x:Asset {id: p.assetId})
WHERE ($knownAt IS NULL OR coalesce(c.recordedAt, '') <= $knownAt)
  AND ($asOf IS NULL OR (c.validFrom <= $asOf AND NOT EXISTS {
      MATCH (a)-[r:REPORTED_IN]->() WHERE c.validFrom < r.validFrom <= $asOf AND ($knownAt IS NULL OR coalesce(r.recordedAt, '') <= $knownAt) }))
RETURN a.id AS agencyId, a.name AS agencyName, x.id AS assetId, c.snapshot AS snapshot, c.status AS status, c.section AS section, c.locator AS locator, c.text AS text
ORDER BY agencyId, assetId, snapshot
