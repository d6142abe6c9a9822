// Everything an agency relies on: assets it is connected to (facts per snapshot), with the services
// each asset provides and their reliability; plus services naming the agency as a consumer.
// Params: $agencyId. Returns: id, name, assets [{id, name, facts, services}], directServices
MATCH (a:Agency {id: $agencyId})
OPTIONAL MATCH (a)-[c:CONNECTED_TO]->(asset:Asset)
WITH a, asset, collect({snapshot: c.snapshot, status: c.status, section: c.section, locator: c.locator, text: c.text}) AS facts
OPTIONAL MATCH (svc:Service)-[:PROVIDED_BY]->(asset)
WITH a, asset, facts, collect({id: svc.id, number: svc.number, name: svc.name, transactions: svc.transactions, errorRatePercent: svc.errorRatePercent}) AS services
WITH a, collect(CASE WHEN asset IS NULL THEN NULL ELSE {id: asset.id, name: asset.name, number: asset.number, facts: facts, services: [s IN services WHERE s.id IS NOT NULL]} END) AS assets
OPTIONAL MATCH (direct:Service)-[:CONSUMED_BY]->(a)
RETURN a.id AS id, a.name AS name, assets,
       collect({id: direct.id, number: direct.number, name: direct.name, transactions: direct.transactions, errorRatePercent: direct.errorRatePercent}) AS directServices
