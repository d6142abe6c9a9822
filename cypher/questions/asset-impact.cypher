// What depends on an asset: its services (with transactions and error rates), the agencies connected
// to it, and assets consuming its services, transitively up to $depth hops of service consumption.
// A platform's services are those that transit it (NDXP: every Phụ lục 3 service, TRANSITS).
// Params: $assetId, $depth (1–5). Returns: services, connectedAgencies, dependentAssets
MATCH (root:Asset {id: $assetId})
OPTIONAL MATCH (svc:Service)-[:PROVIDED_BY|TRANSITS]->(root)
WITH root, collect(DISTINCT svc) AS services
OPTIONAL MATCH (ag:Agency)-[c:CONNECTED_TO]->(root)
WITH root, services, ag, collect(DISTINCT c.snapshot) AS snapshots
WITH root, services, collect(CASE WHEN ag IS NULL THEN NULL ELSE {id: ag.id, name: ag.name, kind: ag.kind, snapshots: snapshots} END) AS agencies
OPTIONAL MATCH p = (root) ((x:Asset)<-[:PROVIDED_BY|TRANSITS]-(s:Service)-[:CONSUMED_BY]->(y)){1,5}
WHERE size(s) <= $depth
WITH root, services, agencies, p, s, y
WITH root, services, agencies,
     collect(DISTINCT CASE WHEN p IS NULL THEN NULL ELSE {id: last(y).id, name: last(y).name, label: [l IN labels(last(y)) WHERE l <> 'Seeded'][0], depth: size(s), via: [v IN s | v.id]} END) AS dependents
RETURN root.id AS id, root.name AS name,
       [s IN services | {id: s.id, number: s.number, name: s.name, transactions: s.transactions, errorRatePercent: s.errorRatePercent}] AS services,
       agencies, dependents
