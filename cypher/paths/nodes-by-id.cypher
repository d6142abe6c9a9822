// Nodes of the data graph by id, whatever their type or era, as the explorer draws them.
// Params: $ids [string]. Returns: key (the id asked), eid (elementId, for the follow-up queries of the
// same request), node {id, labels, name, title, text, data, metric, value, unit, number, kind, era,
// became [{id, name}], cameFrom [{id, name}]}. No row for an unknown id.
UNWIND $ids AS key
CALL (key) {
    MATCH (n:Seeded {id: key}) RETURN n
    UNION
    MATCH (n:Agency {id: key}) RETURN n
    UNION
    MATCH (n:Asset {id: key}) RETURN n
}
WITH key, n
WHERE NOT n:SourceDocument AND NOT n:AuditFinding
RETURN key, elementId(n) AS eid,
       n {.id, .name, .title, .text, .data, .metric, .value, .unit, .number, .kind, .era,
          labels: labels(n),
          became: COLLECT { MATCH (n)-[:SUCCEEDED_BY]->(s) RETURN {id: s.id, name: s.name} ORDER BY s.sortName },
          cameFrom: COLLECT { MATCH (n)<-[:SUCCEEDED_BY]-(p) RETURN {id: p.id, name: p.name} ORDER BY p.sortName }} AS node
