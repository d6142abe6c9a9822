// What depends on an asset: its services (with transactions and error rates), the agencies connected
// to it, and assets consuming its services, transitively up to $depth hops of service consumption.
// A platform's services are those that transit it (NDXP: every Phụ lục 3 service, TRANSITS).
// Params: $assetId, $depth (1–5), $agencyOffset, $agencyLimit (the page of connected agencies the
// query asks for; null = every agency from the offset; 0 = none, only the count), $asOf, $knownAt
// (src/kernel/time.ts: only the links valid that day, recorded by then, connect an agency).
// Returns one JSON object (src/db/run.ts): id, name, services, agencyCount, agencies (the page), dependents
MATCH (root:Asset {id: $assetId})
// Agencies in Vietnamese order (sortName), services busiest first (no figure counts as 0): sorted here
// so the API only passes the answer on. A national asset has ~1,900 agencies over ~3,800 links: all
// are counted and sorted by name, but only the page's agencies are read and have their snapshots listed.
CALL {
    WITH root
    OPTIONAL MATCH (ag:Agency)-[c:CONNECTED_TO]->(root)
    // Valid on $asOf: a range test on the link's end (validTo, cypher/era/close-links.cypher); the
    // agency's later snapshots are read only for a link without an end (written before ends existed) or
    // one whose ending snapshot was recorded after $knownAt.
    WHERE ($knownAt IS NULL OR coalesce(c.recordedAt, '') <= $knownAt)
      AND ($asOf IS NULL OR (c.validFrom <= $asOf AND CASE
          WHEN c.validTo IS NOT NULL AND c.validTo > $asOf THEN true
          WHEN c.validTo IS NOT NULL AND ($knownAt IS NULL OR coalesce(c.closedAt, '') <= $knownAt) THEN false
          ELSE NOT EXISTS {
              MATCH (ag)-[r:REPORTED_IN]->() WHERE c.validFrom < r.validFrom <= $asOf AND ($knownAt IS NULL OR coalesce(r.recordedAt, '') <= $knownAt) }
          END))
    // The links are kept, not read: only the page's have their snapshot read below.
    WITH ag, collect(c) AS links
    ORDER BY ag.sortName, ag.id
    WITH count(ag) AS agencyCount, collect(CASE WHEN ag IS NULL THEN NULL ELSE [ag, links] END) AS sorted
    WITH agencyCount, sorted[toInteger($agencyOffset)..coalesce(toInteger($agencyOffset) + toInteger($agencyLimit), agencyCount)] AS page
    RETURN agencyCount, [p IN page | {id: p[0].id, name: p[0].name, kind: p[0].kind, snapshots: apoc.coll.toSet([c IN p[1] | c.snapshot])}] AS agencies
}
CALL {
    WITH root
    OPTIONAL MATCH (svc:Service)-[:PROVIDED_BY|TRANSITS]->(root)
    WITH DISTINCT svc ORDER BY coalesce(svc.transactions, 0) DESC, svc.number, svc.id
    RETURN collect(svc) AS services
}
// A subquery rather than OPTIONAL MATCH: Neo4j 5.26 returned a non-null path with null group
// variables for an OPTIONAL quantified path filtered by WHERE (a dependent with a null id).
CALL {
    WITH root
    MATCH (root) ((x:Asset)<-[:PROVIDED_BY|TRANSITS]-(s:Service)-[:CONSUMED_BY]->(y)){1,5}
    WHERE size(s) <= $depth
    RETURN collect(DISTINCT {id: last(y).id, name: last(y).name, label: CASE WHEN last(y):Agency THEN 'Agency' WHEN last(y):Asset THEN 'Asset' ELSE [l IN labels(last(y)) WHERE l <> 'Seeded'][0] END, depth: size(s), via: [v IN s | v.id]}) AS dependents
}
RETURN apoc.convert.toJson({id: root.id, name: root.name,
       services: [s IN services | {id: s.id, number: s.number, name: s.name, transactions: s.transactions, errorRatePercent: s.errorRatePercent}],
       agencyCount: agencyCount, agencies: agencies, dependents: dependents}) AS json
