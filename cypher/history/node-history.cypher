// A node's timeline: every fact about it (its relationships, citations apart) with its valid time — a
// snapshot's day (validFrom), a succession's (effective), the months of observed use — and its record
// time (recordedAt: the load, the import), its citation, and the change records: those naming the node
// (an edit) and those naming the imported document a fact came from (the import that wrote it).
// Params: $id. Returns one JSON object (src/db/run.ts): node {id, name, labels, kind, era, recordedAt,
// createdAt, updatedAt} (null when no node has the id), facts [...], changes [{id, actor, at, operation,
// fields, changedIds}]
OPTIONAL CALL {
    MATCH (n:Seeded {id: $id}) RETURN n
    UNION MATCH (n:Agency {id: $id}) RETURN n
    UNION MATCH (n:Asset {id: $id}) RETURN n
    UNION MATCH (n:Note {id: $id}) RETURN n
    UNION MATCH (n:InventoryEntry {id: $id}) RETURN n
}
WITH n LIMIT 1
CALL {
    WITH n
    OPTIONAL MATCH (n)-[r]-(o)
    WHERE NOT type(r) IN ['FROM_SOURCE', 'CITES'] AND NOT o:ChangeRecord
    RETURN [x IN collect(CASE WHEN r IS NULL THEN NULL ELSE {
        relationship: type(r), outgoing: startNode(r) = n,
        other: {id: o.id, name: coalesce(o.name, o.title, o.text, o.id), labels: labels(o)},
        validFrom: coalesce(r.validFrom, r.effective, CASE WHEN type(r) = 'OBSERVED_USE' THEN r.months[0] END),
        validTo: CASE WHEN type(r) = 'OBSERVED_USE' THEN r.months[-1] END,
        recordedAt: coalesce(r.recordedAt, CASE WHEN o:SourceDocument THEN o.issued END),
        snapshot: r.snapshot, status: r.status, change: r.change,
        documentId: r.documentId, section: r.section, locator: r.locator, text: r.text} END) WHERE x IS NOT NULL] AS facts
}
CALL {
    WITH n, facts
    WITH n, [f IN facts WHERE f.documentId IS NOT NULL | f.documentId] AS documents
    OPTIONAL MATCH (c:ChangeRecord)
    WHERE n.id IN c.changedIds OR any(d IN documents WHERE d IN c.changedIds)
    WITH c ORDER BY c.at
    RETURN [x IN collect(c {.id, .actor, .at, .operation, .fields, .changedIds}) WHERE x.id IS NOT NULL] AS changes
}
RETURN apoc.convert.toJson({
    node: CASE WHEN n IS NULL THEN NULL ELSE n {.id, name: coalesce(n.name, n.title, n.text, n.id), labels: labels(n), .kind, .era, .recordedAt, .createdAt, .updatedAt} END,
    facts: facts, changes: changes}) AS json
