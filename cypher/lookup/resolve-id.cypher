// Resolves an id-shaped reference through the unique index of its label (seeded and imported nodes
// alike). An id names one unit whatever the era asked for, so a 2025 id picked from search results
// always opens. Params: $label ('Agency'|'Asset'), $ref (the id). Returns: id, name, era (no row when it is no such id).
CALL {
    MATCH (n:Agency {id: $ref}) WHERE $label = 'Agency' RETURN n
    UNION
    MATCH (n:Asset {id: $ref}) WHERE $label = 'Asset' RETURN n
}
RETURN n.id AS id, n.name AS name, n.era AS era
