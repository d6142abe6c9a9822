// Everything an agency relies on: assets it is connected to (facts per snapshot), with the services
// each asset provides and their reliability; plus services naming the agency as a consumer. For a
// 2025 unit the facts are those of its 2023 parts (SUCCEEDED_BY), each naming its part.
// Params: $agencyId, $asOf, $knownAt (src/kernel/time.ts: only the facts valid that day, recorded by
// then). Returns one JSON object (src/db/run.ts): id, name, assets [{id, name, number, facts, services}], directServices
MATCH (a:Agency {id: $agencyId})
// The agency itself and its 2023 parts, found from `a` (not by testing every agency).
CALL {
    WITH a
    CALL { WITH a RETURN a AS part UNION WITH a MATCH (part:Agency)-[:SUCCEEDED_BY]->(a) RETURN part }
    RETURN collect(part) AS parts
}
CALL {
    WITH parts
    UNWIND parts AS x
    MATCH (direct:Service)-[:CONSUMED_BY]->(x)
    RETURN collect({id: direct.id, number: direct.number, name: direct.name, transactions: direct.transactions, errorRatePercent: direct.errorRatePercent}) AS directServices
}
UNWIND parts AS part
OPTIONAL MATCH (part)-[c:CONNECTED_TO]->(asset:Asset)
WHERE ($knownAt IS NULL OR coalesce(c.recordedAt, '') <= $knownAt)
  AND ($asOf IS NULL OR (c.validFrom <= $asOf AND NOT EXISTS {
      MATCH (part)-[r:REPORTED_IN]->() WHERE c.validFrom < r.validFrom <= $asOf AND ($knownAt IS NULL OR coalesce(r.recordedAt, '') <= $knownAt) }))
WITH a, directServices, asset, collect({agency: part.name, snapshot: c.snapshot, status: c.status, section: c.section, locator: c.locator, text: c.text}) AS facts
// Assets in Phụ lục 1 order (1, 2, 3 … 23), then unnumbered ones by name; services busiest first.
OPTIONAL MATCH (svc:Service)-[:PROVIDED_BY]->(asset)
WITH a, directServices, asset, facts, svc ORDER BY coalesce(svc.transactions, 0) DESC, svc.number, svc.id
WITH a, directServices, asset, facts, collect({id: svc.id, number: svc.number, name: svc.name, transactions: svc.transactions, errorRatePercent: svc.errorRatePercent}) AS services
ORDER BY coalesce(asset.number, 1000000000), asset.sortName, asset.id
WITH a, directServices, collect(CASE WHEN asset IS NULL THEN NULL ELSE {id: asset.id, name: asset.name, number: asset.number, facts: facts, services: [s IN services WHERE s.id IS NOT NULL]} END) AS assets
RETURN apoc.convert.toJson({id: a.id, name: a.name, assets: assets, directServices: directServices}) AS json
