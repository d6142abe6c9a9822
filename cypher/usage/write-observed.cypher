// Writes one batch of observed-usage rows of an import: per consumer–service pair, an OBSERVED_USE
// relationship holding the monthly series of the file (months, succeeded, failed, totalRecords,
// duration histogram per month) and its citation (document, file, lines). Consumers are agencies or the
// unattributed consumer; services are services or the unattributed service.
// Params: $json, the rows [{c, s, p}] as one JSON string (see seed/upsert-nodes.cypher). Returns: written
UNWIND apoc.convert.fromJsonList($json) AS r
// Agencies and services are found through the unique :Seeded id (Service has no index of its own).
OPTIONAL MATCH (ca:Seeded {id: r.c}) WHERE ca:Agency
OPTIONAL MATCH (cr:UsageResidual {id: r.c})
OPTIONAL MATCH (sa:Seeded {id: r.s}) WHERE sa:Service
OPTIONAL MATCH (sr:UsageResidual {id: r.s})
WITH r, coalesce(ca, cr) AS c, coalesce(sa, sr) AS s
WHERE c IS NOT NULL AND s IS NOT NULL
CREATE (c)-[u:OBSERVED_USE]->(s)
SET u = r.p
RETURN count(u) AS written
