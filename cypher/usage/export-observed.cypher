// The observed-usage rows of one usage import, for `npm run export` of a log (logs are not kept whole):
// per consumer–service pair, the ids of both ends and the OBSERVED_USE's properties (the monthly series,
// durations, citation). Params: $documentId. Returns: c, s, p
MATCH (c)-[u:OBSERVED_USE]->(s)
WHERE u.documentId = $documentId
RETURN c.id AS c, s.id AS s, properties(u) AS p
ORDER BY c, s
