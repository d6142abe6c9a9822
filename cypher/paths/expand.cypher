// One breadth-first step of the path search: the nodes a path may reach in one hop from the frontier.
// A hop follows a relationship forwards when its type is in $forward, backwards when in $backward, or
// either way when $any (every type but $excluded); never into citations, audit findings or notes.
// Params: $eids [elementId] (the frontier), $forward, $backward, $excluded [type], $any,
// $asOf, $knownAt (src/kernel/time.ts): as of a day, a connection is followed only when valid that day
// and a succession only once in effect; as known at an instant, only what was recorded by then.
// Returns: from, to (elementIds), toId.
UNWIND $eids AS eid
MATCH (x) WHERE elementId(x) = eid
MATCH (x)-[r]-(y)
WHERE ((type(r) IN $forward AND startNode(r) = x) OR (type(r) IN $backward AND endNode(r) = x) OR ($any AND NOT type(r) IN $excluded))
  AND NOT y:SourceDocument AND NOT y:ChangeRecord AND NOT y:Note AND NOT y:AuditFinding
  AND ($knownAt IS NULL OR (coalesce(r.recordedAt, '') <= $knownAt AND coalesce(y.recordedAt, '') <= $knownAt))
  AND ($asOf IS NULL OR NOT type(r) IN ['CONNECTED_TO', 'SUCCEEDED_BY']
       OR (type(r) = 'SUCCEEDED_BY' AND r.effective <= $asOf)
       OR (type(r) = 'CONNECTED_TO' AND r.validFrom <= $asOf AND NOT EXISTS {
           MATCH (ag)-[r]->() MATCH (ag)-[rep:REPORTED_IN]->() WHERE r.validFrom < rep.validFrom <= $asOf AND ($knownAt IS NULL OR coalesce(rep.recordedAt, '') <= $knownAt) }))
RETURN DISTINCT eid AS from, elementId(y) AS to, y.id AS toId
