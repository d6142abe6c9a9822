// How many neighbours a node has per relationship type and direction (citations, audit findings and
// editorial notes left out). With $rollUp, a 2023 neighbour that became a 2025 unit counts as that unit.
// Params: $centers [elementId] (the node, plus a 2025 unit's 2023 parts when rolled up), $excluded
// [relationship type], $rollUp. Returns: relationship, out (true = from the node), neighbours, edges.
UNWIND $centers AS eid
MATCH (c) WHERE elementId(c) = eid
MATCH (c)-[r]-(n)
WHERE NOT type(r) IN $excluded AND NOT n:SourceDocument AND NOT n:ChangeRecord AND NOT n:Note
  AND (eid = $centers[0] OR NOT elementId(n) IN $centers)
WITH type(r) AS relationship, startNode(r) = c AS out, r, n,
     CASE WHEN $rollUp AND type(r) <> 'SUCCEEDED_BY' THEN head(COLLECT { MATCH (n)-[:SUCCEEDED_BY]->(s) RETURN s.id }) END AS unitId
RETURN relationship, out, count(DISTINCT coalesce(unitId, n.id)) AS neighbours, count(DISTINCT r) AS edges
ORDER BY relationship, out DESC
