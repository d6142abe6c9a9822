// A service (or the unattributed service) with its provider, its Phụ lục 3 citation and every
// OBSERVED_USE into it. Params: $serviceId. Returns: id, number, name, transactions, errorRatePercent,
// period, providerId, providerName, citation {documentId, section, locator}, uses [{consumer…, months,
// succeeded, failed, durationIndex, durationCounts, documentId}]
CALL {
    MATCH (s:Seeded {id: $serviceId}) WHERE s:Service RETURN s
    UNION
    MATCH (s:UsageResidual {id: $serviceId}) RETURN s
}
OPTIONAL MATCH (s)-[:PROVIDED_BY]->(p:Asset)
OPTIONAL MATCH (s)-[src:FROM_SOURCE]->(:SourceDocument)
WITH s, head(collect(p)) AS p, head(collect(src)) AS src
CALL {
    WITH s
    OPTIONAL MATCH (c)-[u:OBSERVED_USE]->(s)
    RETURN collect(CASE WHEN u IS NULL THEN NULL ELSE {consumerId: c.id, consumerName: c.name, consumerKind: CASE WHEN c:Agency THEN c.kind END, era: c.era, months: u.months,
        succeeded: u.succeeded, failed: u.failed, durationIndex: u.durationIndex, durationCounts: u.durationCounts, documentId: u.documentId} END) AS uses
}
RETURN s.id AS id, s.number AS number, s.name AS name, s.transactions AS transactions, s.errorRatePercent AS errorRatePercent, s.period AS period,
       p.id AS providerId, p.name AS providerName,
       CASE WHEN src IS NULL THEN NULL ELSE {documentId: src.documentId, section: src.section, locator: src.locator} END AS citation, uses
