// One breadth-first step of the path search: the nodes a path may reach in one hop from the frontier.
// A hop follows a relationship forwards when its type is in $forward, backwards when in $backward, or
// either way when $any (every type but $excluded); never into citations, audit findings or notes.
// Params: $eids [elementId] (the frontier), $forward, $backward, $excluded [type], $any.
// Returns: from, to (elementIds), toId.
UNWIND $eids AS eid
MATCH (x) WHERE elementId(x) = eid
MATCH (x)-[r]-(y)
WHERE ((type(r) IN $forward AND startNode(r) = x) OR (type(r) IN $backward AND endNode(r) = x) OR ($any AND NOT type(r) IN $excluded))
  AND NOT y:SourceDocument AND NOT y:ChangeRecord AND NOT y:Note AND NOT y:AuditFinding
RETURN DISTINCT eid AS from, elementId(y) AS to, y.id AS toId
