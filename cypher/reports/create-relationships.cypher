// Bulk loader: creates relationships of which at least one end node was created by the same load,
// so none of them can exist yet and MERGE's per-row check of the end node's relationships is skipped.
// Params: $at (ISO time of the load, each relationship's record time), $json, the rows [{from, to, type, key, props}] as one JSON string (see upsert-nodes).
// `key` identifies one reported fact (document, section, row…). The type comes from the row through
// APOC (required anyway, see upsert-nodes), so no per-type list repeats upsert-relationships'.
// Returns: written (rows written)
UNWIND apoc.convert.fromJsonList($json) AS r
MATCH (a:Seeded {id: r.from})
MATCH (b:Seeded {id: r.to})
CALL apoc.create.relationship(a, r.type, apoc.map.merge(r.props, {seedKey: r.key, recordedAt: $at}), b) YIELD rel
RETURN count(*) AS written
