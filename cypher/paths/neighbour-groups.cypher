// How many neighbours a node has per relationship type and direction (citations, audit findings and
// editorial notes left out). With $rollUp, a 2023 neighbour that became a 2025 unit counts as that unit.
// Params: $centers [elementId] (the node, plus a 2025 unit's 2023 parts when rolled up), $excluded
// [relationship type], $rollUp,
// $asOf, $knownAt (src/kernel/time.ts): as of a day, a connection is followed only when valid that day
// and a succession only once in effect; as known at an instant, only what was recorded by then.
// Returns: relationship, out (true = from the node), neighbours, edges.
UNWIND $centers AS eid
MATCH (c) WHERE elementId(c) = eid
MATCH (c)-[r]-(n)
WHERE NOT type(r) IN $excluded AND NOT n:SourceDocument AND NOT n:ChangeRecord AND NOT n:Note
  AND (eid = $centers[0] OR NOT elementId(n) IN $centers)
  AND ($knownAt IS NULL OR (coalesce(r.recordedAt, '') <= $knownAt AND coalesce(n.recordedAt, '') <= $knownAt))
  AND ($asOf IS NULL OR NOT type(r) IN ['CONNECTED_TO', 'SUCCEEDED_BY']
       OR (type(r) = 'SUCCEEDED_BY' AND r.effective <= $asOf)
       OR (type(r) = 'CONNECTED_TO' AND r.validFrom <= $asOf AND NOT EXISTS {
           MATCH (ag)-[r]->() MATCH (ag)-[rep:REPORTED_IN]->() WHERE r.validFrom < rep.validFrom <= $asOf AND ($knownAt IS NULL OR coalesce(rep.recordedAt, '') <= $knownAt) }))
WITH type(r) AS relationship, startNode(r) = c AS out, r, n,
     CASE WHEN $rollUp AND type(r) <> 'SUCCEEDED_BY' THEN head(COLLECT { MATCH (n)-[:SUCCEEDED_BY]->(s) RETURN s.id }) END AS unitId
RETURN relationship, out, count(DISTINCT coalesce(unitId, n.id)) AS neighbours, count(DISTINCT r) AS edges
ORDER BY relationship, out DESC
