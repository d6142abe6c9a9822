// Every asset with the services it provides (a platform: that transit it), each service's number of
// providers and its Phụ lục 3 transactions, and the asset's owners. Params: none.
// Returns: id, name, number, code, kind, services [{id, transactions, providers}]
MATCH (x:Asset)
CALL {
    WITH x
    OPTIONAL MATCH (s)-[:PROVIDED_BY|TRANSITS]->(x)
    WHERE s:Service OR s:UsageResidual
    RETURN collect(CASE WHEN s IS NULL THEN NULL ELSE {id: s.id, transactions: s.transactions, providers: COUNT { (s)-[:PROVIDED_BY]->(:Asset) }} END) AS services
}
RETURN x.id AS id, x.name AS name, x.number AS number, x.code AS code, x.kind AS kind, services
