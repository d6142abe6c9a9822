// Every relationship between a node and its neighbours, optionally of one type and direction, with the
// relationship's properties (its citation) and, for a neighbour that became a 2025 unit, that unit and
// all its 2023 parts (for rolling up). Params: $centers [elementId] (the node, plus a 2025 unit's 2023
// parts when rolled up), $excluded, $relationship (type or null), $out (true/false/null),
// $asOf, $knownAt (src/kernel/time.ts): as of a day, a connection is followed only when valid that day
// and a succession only once in effect; as known at an instant, only what was recorded by then.
// Returns: centerId, type, out, props, neighbour {node projection}, units [{id, name, era, kind, parts}].
UNWIND $centers AS eid
MATCH (c) WHERE elementId(c) = eid
MATCH (c)-[r]-(n)
WHERE NOT type(r) IN $excluded AND NOT n:SourceDocument AND NOT n:ChangeRecord AND NOT n:Note
  AND (eid = $centers[0] OR NOT elementId(n) IN $centers)
  AND ($relationship IS NULL OR type(r) = $relationship)
  AND ($out IS NULL OR (startNode(r) = c) = $out)
  AND ($knownAt IS NULL OR (coalesce(r.recordedAt, '') <= $knownAt AND coalesce(n.recordedAt, '') <= $knownAt))
  AND ($asOf IS NULL OR NOT type(r) IN ['CONNECTED_TO', 'SUCCEEDED_BY']
       OR (type(r) = 'SUCCEEDED_BY' AND r.effective <= $asOf)
       OR (type(r) = 'CONNECTED_TO' AND r.validFrom <= $asOf AND NOT EXISTS {
           MATCH (ag)-[r]->() MATCH (ag)-[rep:REPORTED_IN]->() WHERE r.validFrom < rep.validFrom <= $asOf AND ($knownAt IS NULL OR coalesce(rep.recordedAt, '') <= $knownAt) }))
RETURN c.id AS centerId, c.name AS centerName, type(r) AS type, startNode(r) = c AS out, properties(r) AS props,
       n {.id, .name, .title, .text, .data, .metric, .value, .unit, .number, .kind, .era, .sortName,
          labels: labels(n),
          became: COLLECT { MATCH (n)-[:SUCCEEDED_BY]->(s) RETURN {id: s.id, name: s.name} ORDER BY s.sortName },
          cameFrom: COLLECT { MATCH (n)<-[:SUCCEEDED_BY]-(p) RETURN {id: p.id, name: p.name} ORDER BY p.sortName }} AS neighbour,
       COLLECT { MATCH (n)-[:SUCCEEDED_BY]->(s)
                 RETURN {id: s.id, name: s.name, era: s.era, kind: s.kind, sortName: s.sortName, labels: labels(s),
                         parts: COLLECT { MATCH (p)-[:SUCCEEDED_BY]->(s) RETURN {id: p.id, name: p.name} ORDER BY p.sortName }} } AS units
