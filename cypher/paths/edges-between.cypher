// Every relationship a path may take between consecutive nodes of the paths on a page, with its
// properties (the citation, and snapshot/status or the succession's date and source).
// Params: $pairs [{from, to}] (elementIds, in path order), $forward, $backward, $excluded, $any (as in
// paths/expand), $asOf, $knownAt (as there). Returns: from, to (elementIds), type, source, target (node ids), props.
UNWIND $pairs AS pair
MATCH (u) WHERE elementId(u) = pair.from
MATCH (v) WHERE elementId(v) = pair.to
MATCH (u)-[r]-(v)
WHERE ((type(r) IN $forward AND startNode(r) = u) OR (type(r) IN $backward AND endNode(r) = u) OR ($any AND NOT type(r) IN $excluded))
  AND ($knownAt IS NULL OR (coalesce(r.recordedAt, '') <= $knownAt AND coalesce(v.recordedAt, '') <= $knownAt))
  AND ($asOf IS NULL OR NOT type(r) IN ['CONNECTED_TO', 'SUCCEEDED_BY']
       OR (type(r) = 'SUCCEEDED_BY' AND r.effective <= $asOf)
       OR (type(r) = 'CONNECTED_TO' AND r.validFrom <= $asOf AND NOT EXISTS {
           MATCH (ag)-[r]->() MATCH (ag)-[rep:REPORTED_IN]->() WHERE r.validFrom < rep.validFrom <= $asOf AND ($knownAt IS NULL OR coalesce(rep.recordedAt, '') <= $knownAt) }))
RETURN pair.from AS from, pair.to AS to, type(r) AS type, startNode(r).id AS source, endNode(r).id AS target, properties(r) AS props
