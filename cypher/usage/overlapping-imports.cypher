// Earlier usage imports still in force whose period overlaps [$fromMs, $toMs) and that share at least
// one consumer–service pair with the new file: importing both would count those exchanges twice.
// Params: $fromMs, $toMs, $pairs ["consumerId|serviceId"]. Returns: id, file, periodFrom, periodTo,
// sharedCount, shared (up to 5 pairs)
MATCH (d:UsageImport)
WHERE d.supersededBy IS NULL AND d.periodFromMs < $toMs AND $fromMs < d.periodToMs
CALL {
    WITH d
    MATCH (c)-[u:OBSERVED_USE {documentId: d.id}]->(s)
    WITH c.id + '|' + s.id AS pair
    WHERE pair IN $pairs
    RETURN count(pair) AS sharedCount, collect(pair)[0..5] AS shared
}
WITH d, sharedCount, shared WHERE sharedCount > 0
RETURN d.id AS id, d.file AS file, d.periodFrom AS periodFrom, d.periodTo AS periodTo, sharedCount, shared
ORDER BY d.periodFromMs, d.id
