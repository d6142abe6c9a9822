// Resolves an id-shaped reference through the unique index of its label (seeded and imported nodes
// alike). Params: $label ('Agency'|'Asset'), $ref (the id), $era (2023, 2025 or null).
// Returns: id, name, era (no row when it is no such id).
CALL {
    MATCH (n:Agency {id: $ref}) WHERE $label = 'Agency' RETURN n
    UNION
    MATCH (n:Asset {id: $ref}) WHERE $label = 'Asset' RETURN n
}
WITH n WHERE $era IS NULL OR n.era = $era OR n.era IS NULL
RETURN n.id AS id, n.name AS name, n.era AS era
