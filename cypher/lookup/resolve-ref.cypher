// Resolves a user's reference (an id, or any name/alias/code, compared by folded key) to nodes of
// one label, optionally of one era. Params: $label ('Agency'|'Asset'), $ref (as typed), $key
// (folded), $era (2023, 2025 or null). Returns: id, name, era
// An exact id wins and is found through the unique index; only a reference that is no id is
// compared with the name keys of the label's nodes (lists cannot be indexed). Scanning every
// seeded node here cost 46 ms per request on the national-scale graph (bench/README.md).
OPTIONAL MATCH (byId:Seeded {id: $ref})
CALL {
    WITH byId
    WITH byId WHERE byId IS NOT NULL
    RETURN byId AS n
    UNION
    WITH byId
    WITH byId WHERE byId IS NULL AND $label = 'Agency'
    MATCH (n:Agency) WHERE $key IN n.nameKeys
    RETURN n
    UNION
    WITH byId
    WITH byId WHERE byId IS NULL AND $label = 'Asset'
    MATCH (n:Asset) WHERE $key IN n.nameKeys
    RETURN n
}
WITH n WHERE $label IN labels(n) AND ($era IS NULL OR n.era = $era OR n.era IS NULL)
RETURN n.id AS id, n.name AS name, n.era AS era
ORDER BY id
