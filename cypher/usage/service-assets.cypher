// The assets each service of a usage import is provided by (PROVIDED_BY) and carried by (PROVIDED_BY or
// TRANSITS, each asset once), for the import's aggregates (src/modules/usage/ingest/materialise.ts).
// Params: $ids (service or unattributed-service ids). Returns: id, provided [assetId], carried [assetId]
UNWIND $ids AS id
CALL {
    WITH id
    MATCH (s:Seeded {id: id}) WHERE s:Service RETURN s
    UNION
    WITH id
    MATCH (s:UsageResidual {id: id}) RETURN s
}
RETURN s.id AS id,
       COLLECT { MATCH (s)-[:PROVIDED_BY]->(x:Asset) RETURN DISTINCT x.id } AS provided,
       COLLECT { MATCH (s)-[:PROVIDED_BY|TRANSITS]->(x:Asset) RETURN DISTINCT x.id } AS carried
