// Every OBSERVED_USE out of some agencies (an agency, or a 2025 unit's 2023 parts), with each
// service's provider. Params: $agencyIds. Returns: agencyId, serviceId, number, name, unattributed,
// providerId, providerName, months, succeeded, failed, durationIndex, durationCounts, documentId
UNWIND $agencyIds AS agencyId
MATCH (a:Agency {id: agencyId})-[u:OBSERVED_USE]->(s)
OPTIONAL MATCH (s)-[:PROVIDED_BY]->(p:Asset)
WITH a, u, s, head(collect(p)) AS p
RETURN a.id AS agencyId, s.id AS serviceId, s.number AS number, s.name AS name, s:UsageResidual AS unattributed,
       p.id AS providerId, p.name AS providerName, u.months AS months, u.succeeded AS succeeded, u.failed AS failed,
       u.durationIndex AS durationIndex, u.durationCounts AS durationCounts, u.documentId AS documentId
