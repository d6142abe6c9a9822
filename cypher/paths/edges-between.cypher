// Every relationship a path may take between consecutive nodes of the paths on a page, with its
// properties (the citation, and snapshot/status or the succession's date and source).
// Params: $pairs [{from, to}] (elementIds, in path order), $forward, $backward, $excluded, $any (as in
// paths/expand). Returns: from, to (elementIds), type, source, target (node ids), props.
UNWIND $pairs AS pair
MATCH (u) WHERE elementId(u) = pair.from
MATCH (v) WHERE elementId(v) = pair.to
MATCH (u)-[r]-(v)
WHERE (type(r) IN $forward AND startNode(r) = u) OR (type(r) IN $backward AND endNode(r) = u) OR ($any AND NOT type(r) IN $excluded)
RETURN pair.from AS from, pair.to AS to, type(r) AS type, startNode(r).id AS source, endNode(r).id AS target, properties(r) AS props
